/**
 * Answer sets for browser tests, as plain data (no Playwright import) so unit tests can check
 * them against the real question bank: src/lib/domain/questionnaire.spec.ts fails when a question
 * or option here stops existing, before any browser test does.
 */
export type Answers = Record<string, string | string[]>;

/** Every question answered, follow-ups included: a company that runs CS in phases. */
export const fullAnswers: Answers = {
	business_model: 'saas',
	company_size: 'from_51_to_300',
	cs_years: 'from_2_to_5',
	executive_owner: 'cco',
	touch_model: 'built',
	touch_segmentation: ['contract_value', 'usage_health'],
	touch_activities: 'documented_all',
	tech_touch_channels: ['help_center', 'webinars'],
	phase_operation: 'operating',
	phases_defined: ['onboarding', 'adoption', 'renewal'],
	phase_criteria: 'hs_composite',
	phase_playbooks: 'partly',
	health_score: 'scored_reviewed',
	kpis_set: ['retention', 'nrr'],
	kpis_measured: 'all_reported',
	retention_band: 'from_90_to_100',
	nrr_band: 'from_100_to_110',
	tools_used: ['customer_data', 'spreadsheet'],
	tools_integration: 'partly_linked',
	practices: ['right_customers', 'churn_prevention'],
	cs_concept_spread: 'related_teams',
	leadership_understanding: 'understands',
	cs_team: 'dedicated_team',
	cs_budget: 'secured',
	improvement_cadence: 'regular'
};

/** The shortest complete path: every answer that hides follow-up questions. */
export const minimalAnswers: Answers = {
	business_model: 'non_subscription',
	company_size: 'up_to_50',
	cs_years: 'under_1',
	executive_owner: 'none',
	touch_model: 'not_built',
	tech_touch_channels: ['none'],
	phase_operation: 'not_operating',
	health_score: 'not_tracked',
	kpis_set: ['none'],
	retention_band: 'unknown',
	nrr_band: 'unknown',
	tools_used: ['none'],
	practices: ['none'],
	cs_concept_spread: 'hardly',
	leadership_understanding: 'not_really',
	cs_team: 'no_owner',
	cs_budget: 'none',
	improvement_cadence: 'never'
};
