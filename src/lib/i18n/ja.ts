/**
 * Japanese interface texts: the source of truth. en.ts must have the same shape (the type
 * checker fails when an English text is missing). Keep one section per page or feature.
 */
export const ja = {
	meta: {
		appName: 'CS成熟度診断',
		tagline: 'カスタマーサクセス組織のセルフ診断',
		languageName: '日本語'
	},
	common: {
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
			'ベンチマーク：バーチャレクス・コンサルティング「カスタマーサクセス実態調査」2023年版・2025年版、JCSA「カスタマーサクセス白書2025」'
	}
} as const;
