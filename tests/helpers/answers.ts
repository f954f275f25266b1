/**
 * Answer sets for browser tests, unit tests and the bench, as plain data (no Playwright import) so unit tests can check
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

/**
 * A complete, low-maturity respondent: no touch model, no phases, no tools, no KPIs. The minimal
 * path, but a SaaS company whose CEO owns CS and which does not track retention.
 */
export const lowAnswers: Answers = {
	...minimalAnswers,
	business_model: 'saas',
	executive_owner: 'ceo',
	retention_band: 'not_tracked'
};

/** A complete, high-maturity respondent: touch model, phases split by a single health score. */
export const highAnswers: Answers = {
	business_model: 'subscription_other',
	company_size: 'from_301_to_1000',
	cs_years: 'over_5',
	executive_owner: 'cco',
	touch_model: 'built',
	touch_segmentation: ['usage_health', 'contract_value'],
	touch_activities: 'documented_all',
	tech_touch_channels: ['help_center', 'email_journeys', 'webinars', 'in_app_guides', 'community'],
	phase_operation: 'operating',
	phases_defined: ['onboarding', 'adoption', 'renewal', 'expansion'],
	phase_criteria: 'hs_single',
	phase_playbooks: 'documented',
	health_score: 'scored_reviewed',
	kpis_set: ['retention', 'churn', 'upsell', 'nrr'],
	kpis_measured: 'all_reported',
	retention_band: 'from_90_to_100',
	nrr_band: 'from_110_to_120',
	tools_used: ['customer_data', 'health_score', 'onboarding', 'ai_analytics'],
	tools_integration: 'unified',
	practices: ['right_customers', 'churn_prevention', 'customer_health', 'onboarding_programme'],
	cs_concept_spread: 'company_wide',
	leadership_understanding: 'champions',
	cs_team: 'dedicated_team',
	cs_budget: 'growing',
	improvement_cadence: 'regular'
};

/** The high respondent still trialling phases, split by elapsed time, with few KPIs and tools. */
export const mixedAnswers: Answers = {
	...highAnswers,
	phase_operation: 'trial',
	phase_criteria: 'period_only',
	kpis_set: ['nps'],
	practices: ['onboarding_programme'],
	tools_used: ['spreadsheet']
};
