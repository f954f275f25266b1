/**
 * One file per feature: the Japanese texts are the source, and `en` is typed from them, so the
 * type checker fails when an English text is missing or extra.
 */
import type { Widen } from '../types';

export const ja = {
	appName: 'CS成熟度診断',
	tagline: 'カスタマーサクセス組織のセルフ診断',
	languageName: '日本語',
	skipToContent: '本文へスキップ',
	languageSwitch: 'English',
	languageSwitchLabel: 'Switch to English',
	back: '戻る',
	next: '次へ',
	required: '必須',
	optional: '任意',
	startOver: '最初からやり直す',
	startOverConfirm: 'すべての回答を消去して最初からやり直しますか？',
	methodology: '診断の方法と出典',
	footerPrivacy: '回答はお使いのブラウザの中だけに保存されます。',
	footerSources:
		'ベンチマーク：バーチャレクス・コンサルティング「カスタマーサクセス実態調査 2023年版」「カスタマーサクセス日本市場動向&実態調査 2025年度版」、JCSA「カスタマーサクセス白書2025」'
} as const;

export const en: Widen<typeof ja> = {
	appName: 'CS Maturity Check',
	tagline: 'A self-assessment for customer-success teams',
	languageName: 'English',
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
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
