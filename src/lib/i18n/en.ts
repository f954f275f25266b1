import type { Messages } from './types';

export const en: Messages = {
	meta: {
		appName: 'CS Maturity Check',
		tagline: 'A self-assessment for customer-success teams',
		languageName: 'English'
	},
	common: {
		skipToContent: 'Skip to content',
		languageSwitch: '日本語',
		languageSwitchLabel: '日本語に切り替える',
		back: 'Back',
		next: 'Next',
		required: 'Required',
		optional: 'Optional',
		startOver: 'Start over',
		startOverConfirm: 'Delete all your answers and start over?',
		methodology: 'Method and sources',
		footerPrivacy: 'Your answers are stored only in your browser.',
		footerSources:
			'Benchmarks: Virtualex Consulting customer-success surveys 2023 and 2025; JCSA Customer Success White Paper 2025'
	}
};
