/**
 * The questionnaire flow: start page, one page per dimension (and the notes they share with the
 * review page), and the notice shown when stored answers no longer match the question set. The
 * review page's own texts are in review.ts.
 */
import type { Widen } from '../types';

export const ja = {
	// Start page
	startLead:
		'カスタマーサクセス（CS）の取り組みを、公開されている調査で「CSの効果を実感している」と答えた企業の取り組みと比べて診断します。',
	measuresHeading: 'この診断でわかること',
	measuresLead:
		'次の観点ごとに成熟度を示し、効果を実感している企業（効果実感層）と実感していない企業（効果未実感層）のどちらの回答傾向に近いかを比べます。',
	contextNote: (title: string) =>
		`最初の「${title}」は採点には使いません。そのうち提供形態の質問で、比較するグループを選びます。`,
	durationHeading: '所要時間',
	duration: (count: number) =>
		`質問は最大${count}問、所要時間は5〜10分ほどです。表示される質問の数は回答によって変わるため、進み具合に示す質問数も増減します。`,
	sourcesHeading: '比較に使うデータ',
	sourcesLead: '次の調査で公表された数値と比べます。',
	sourceVirtualex2023: 'バーチャレクス・コンサルティング「カスタマーサクセス実態調査 2023年版」',
	sourceVirtualex2025:
		'バーチャレクス・コンサルティング「カスタマーサクセス日本市場動向&実態調査 2025年度版」',
	sourceJcsa2025: '日本カスタマーサクセス協会（JCSA）「カスタマーサクセス白書2025」',
	privacyHeading: '回答の保存について',
	privacyText:
		'回答はお使いのブラウザの中（localStorage）にだけ保存されます。サーバーに送るのはPDFレポートを作成するときだけで、その場合も保存や記録はしません。途中でページを閉じても、同じブラウザであれば続きから回答できます。',
	start: '診断を始める',
	continue: '続きから回答する',
	savedProgress: (answered: number, total: number) =>
		`保存されている回答：${total}問中${answered}問に回答済み`,
	savedAt: (date: string) => `最終更新：${date}`,

	// Start over
	startOverConfirmButton: '回答を消去する',
	cancel: 'キャンセル',
	startOverDone: 'すべての回答を消去しました。',

	// Questionnaire pages
	pageTitle: (dimension: string, step: number, steps: number) => `${dimension}（${step}/${steps}）`,
	stepOf: (step: number, steps: number) => `ステップ ${step} / ${steps}`,
	stepsLabel: '診断のステップ',
	stepComplete: '（回答済み）',
	progressLabel: (answered: number, total: number) => `${total}問中${answered}問に回答済み`,
	loading: '保存されている回答を読み込んでいます…',
	exclusiveHint: (labels: string[]) =>
		`${labels.map((label) => `「${label}」`).join('')}を選ぶと、ほかの選択は解除されます。`,
	errorMissing: 'この質問は必須です。いずれかを選んでください。',
	errorSummaryHeading: '回答されていない必須の質問があります',
	errorPrefix: 'エラー：',
	toReview: '回答を確認する',
	followUpsShown: (count: number) => `追加の質問が${count}問表示されました。`,
	followUpsHidden: (count: number) =>
		`${count}問が表示されなくなりました。その回答は削除されています。`,
	followUpsGone: (count: number) => `${count}問が表示されなくなりました。`,
	noQuestions: 'これまでの回答では、この項目で表示される質問はありません。',

	forQuestion: (question: string) => `：${question}`,
	checkPrefix: '確認：',
	reviewOtherAnswer: 'もう一方の回答を見直す',

	// Stored answers that no longer match
	noticeHeading: '保存されていた回答について',
	noticeUnsavedHeading: '回答を保存できません',
	noticeCorrupt:
		'保存されていた回答のデータが壊れていたため、読み込めませんでした。お手数ですが、もう一度回答してください。',
	noticeVersion: (from: string, to: string) =>
		`前回の回答の後に質問が更新されました（バージョン ${from} → ${to}）。`,
	noticeVersionUnknown: (to: string) =>
		`保存されていた回答には質問のバージョンが記録されていませんでした（現在のバージョン ${to}）。`,
	noticeKept: (count: number) => `${count}件の回答はそのまま引き継いでいます。`,
	noticeDropped: (count: number) =>
		`${count}件の回答は現在の質問に合わないため削除しました。該当する質問には改めて回答してください。`,
	droppedUnknownQuestion: (count: number) => `質問がなくなった：${count}件`,
	droppedInvalidAnswer: (count: number) => `選択肢が変わった、または形式が正しくない：${count}件`,
	droppedHidden: (count: number) => `ほかの回答により表示されなくなった質問：${count}件`,
	noticeStorageUnavailable:
		'このブラウザでは回答を保存できません（プライベートブラウズや設定により保存が制限されています）。ページを閉じたり再読み込みしたりすると、回答は失われます。',
	dismiss: '閉じる',
	dismissLabel: 'このお知らせを閉じる'
} as const;

export const en: Widen<typeof ja> = {
	startLead:
		'Compare how your company runs customer success (CS) with what published surveys found in companies that say CS is working for them.',
	measuresHeading: 'What the check measures',
	measuresLead:
		'You get a maturity level for each of these areas, and see whether your answers look more like those of companies that feel CS is effective (effect-felt companies) or of those that do not (not-effect-felt companies).',
	contextNote: (title: string) =>
		`The first part, “${title}”, is not scored; its question on how your service is provided picks the group you are compared with.`,
	durationHeading: 'How long it takes',
	duration: (count: number) =>
		`Up to ${count} questions, 5–10 minutes. The number shown depends on your answers, so the total in the progress count can go up or down as you answer.`,
	sourcesHeading: 'Where the comparison data comes from',
	sourcesLead: 'Your answers are compared with figures published in these surveys:',
	sourceVirtualex2023: 'Virtualex Consulting, Customer Success Survey 2023',
	sourceVirtualex2025: 'Virtualex Consulting, Customer Success Japan Market Trends & Survey 2025',
	sourceJcsa2025: 'Japan Customer Success Association (JCSA), Customer Success White Paper 2025',
	privacyHeading: 'Where your answers are kept',
	privacyText:
		'Your answers are stored only in this browser (localStorage). They are sent to the server only to create a PDF report, and are neither stored nor logged there. If you close the page, you can carry on later in the same browser.',
	start: 'Start the check',
	continue: 'Continue where you left off',
	savedProgress: (answered: number, total: number) =>
		`Saved answers: ${answered} of ${total} questions answered`,
	savedAt: (date: string) => `Last saved: ${date}`,

	startOverConfirmButton: 'Delete my answers',
	cancel: 'Cancel',
	startOverDone: 'All your answers have been deleted.',

	pageTitle: (dimension: string, step: number, steps: number) => `${dimension} (${step}/${steps})`,
	stepOf: (step: number, steps: number) => `Step ${step} of ${steps}`,
	stepsLabel: 'Steps of the check',
	stepComplete: '(answered)',
	progressLabel: (answered: number, total: number) => `${answered} of ${total} questions answered`,
	loading: 'Loading your saved answers…',
	exclusiveHint: (labels: string[]) =>
		`Choosing ${labels.map((label) => `“${label}”`).join(' or ')} clears your other choices.`,
	errorMissing: 'This question is required. Choose an answer.',
	errorSummaryHeading: 'Some required questions have not been answered',
	errorPrefix: 'Error: ',
	toReview: 'Review your answers',
	followUpsShown: (count: number) =>
		count === 1
			? 'A follow-up question has appeared.'
			: `${count} follow-up questions have appeared.`,
	followUpsHidden: (count: number) =>
		count === 1
			? 'A question no longer applies; its answer has been removed.'
			: `${count} questions no longer apply; their answers have been removed.`,
	followUpsGone: (count: number) =>
		count === 1 ? 'A question no longer applies.' : `${count} questions no longer apply.`,
	noQuestions: 'Given your earlier answers, there are no questions to answer here.',

	forQuestion: (question: string) => `: ${question}`,
	checkPrefix: 'Check: ',
	reviewOtherAnswer: 'Review the other answer',

	noticeHeading: 'About your saved answers',
	noticeUnsavedHeading: 'Your answers cannot be saved',
	noticeCorrupt:
		'Your saved answers were damaged and could not be read. Please answer the questions again.',
	noticeVersion: (from: string, to: string) =>
		`The questions have been updated since you answered (version ${from} → ${to}).`,
	noticeVersionUnknown: (to: string) =>
		`Your saved answers did not record which version of the questions they belong to (the current version is ${to}).`,
	noticeKept: (count: number) =>
		count === 1
			? '1 answer has been kept as it was.'
			: `${count} answers have been kept as they were.`,
	noticeDropped: (count: number) =>
		count === 1
			? '1 answer no longer fits the questions and has been removed. Please answer that question again.'
			: `${count} answers no longer fit the questions and have been removed. Please answer those questions again.`,
	droppedUnknownQuestion: (count: number) => `question no longer asked: ${count}`,
	droppedInvalidAnswer: (count: number) =>
		`answer options changed, or the answer was malformed: ${count}`,
	droppedHidden: (count: number) => `question no longer shown for your other answers: ${count}`,
	noticeStorageUnavailable:
		'This browser cannot save your answers (private browsing or a setting blocks storage). If you close or reload the page, your answers will be lost.',
	dismiss: 'Close',
	dismissLabel: 'Close this notice'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
