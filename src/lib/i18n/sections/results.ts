/**
 * The results page: headline, dimensions at a glance, where you sit question by question, what
 * moved the score, recommendations, and the messages shown when there is nothing to score yet.
 * Numbers arrive already formatted (formatPercent / formatNumber), so the texts only place them.
 */
import type { Widen } from '../types';

export const ja = {
	title: '診断結果',
	loading: '保存されている回答を読み込んでいます…',
	needsScript:
		'診断結果は、このブラウザに保存された回答をもとにブラウザ内で計算するため、表示にはJavaScriptが必要です。JavaScriptを有効にしてから、ページを再読み込みしてください。',

	// Nothing to score yet
	noAnswersHeading: 'まだ回答がありません',
	noAnswersText:
		'診断結果は、質問にすべて回答すると表示されます。回答はこのブラウザの中にだけ保存されます。',
	start: '診断を始める',
	incompleteHeading: 'まだ回答が終わっていません',
	incompleteText: (count: number) =>
		`必須の質問が${count}問、まだ回答されていません。すべてに回答すると、診断結果が表示されます。`,
	continue: '続きから回答する',
	review: '回答を確認する',

	// Headline
	scoredWith: (version: string) => `質問バージョン ${version}`,
	benchmarkEdition: (first: number, last: number, count: number) =>
		`ベンチマーク：${first}〜${last}年の調査${count}件`,
	methodology: '計算方法と出典',
	overallLabel: '総合成熟度',
	levelOf: (level: number, name: string) => `レベル${level}／5「${name}」`,
	scoreOutOf: (score: string) => `${score} / 100`,
	levelMeaning: [
		'CSの仕組みづくりはこれからの段階です。まず効果との関係が調査で示されている取り組みから始めるのが近道です。',
		'CSの取り組みは始まっていますが、まだ一部の顧客や担当者に限られています。',
		'CSの基本的な仕組みが整い、組織の中で定着しつつあります。',
		'CSの仕組みが全体で運用されており、数値に基づいて改善を進められる段階です。',
		'CSの仕組みが全体に行き渡り、継続的に見直されている段階です。'
	],
	overallExplain:
		'5つの観点のスコア（0〜100）の平均です。調査の数値で裏付けられた質問は根拠に沿って、それ以外は独自の基準（ルーブリック）で採点しています。',
	patternLabel: '効果実感層とのパターン一致度',
	patternMeaning: (percent: string, prior: string) =>
		`調査で同じように回答した企業のうち、CSの効果を実感している企業は約${percent}と推定されます（調査全体では${prior}）。`,
	gaugeNote: (prior: string) => `縦線は調査全体での効果実感層の割合（${prior}）です。`,
	patternComparison: {
		above: '効果実感層の回答傾向に近いパターンです。',
		similar: '調査全体の平均に近いパターンです。',
		below: '効果未実感層の回答傾向に近いパターンです。'
	},

	// Way back
	changeAnswers: '回答を変更する',
	changeAnswersNote: '回答を変更すると、この結果は自動的に更新されます。',
	conflictsNote: (count: number) => `互いに食い違っている可能性のある回答が${count}組あります。`,
	reviewConflicts: '回答の確認ページで見直す',

	// Dimensions at a glance
	dimensionsHeading: '観点別の成熟度',
	radarSummary: (top: string, topScore: string, low: string, lowScore: string) =>
		`レーダーチャート：観点別のスコア（0〜100）。最も高いのは「${top}」（${topScore}）、最も低いのは「${low}」（${lowScore}）です。`,
	radarSummaryEven: (score: string) =>
		`レーダーチャート：観点別のスコア（0〜100）。すべての観点が${score}です。`,
	radarDataset: 'あなたのスコア',
	dimensionsCaption: '観点別のスコア（0〜100）とレベル',
	colDimension: '観点',
	colScore: 'スコア',
	colLevel: 'レベル',
	notScored: '回答なし',
	levelShort: (level: number, name: string) => `${level}「${name}」`,
	surveyHeading: '調査が示していること',
	noProfile:
		'調査は、効果実感層・効果未実感層の観点別のプロフィール（典型的なスコア）を公表していません。そのため、レーダーチャートに比較の線は描いていません。代わりに、観点ごとの代表的な質問について、両層でいちばん差の開いた回答の割合を示します。',
	surveyShare: (answer: string) => `「${answer}」と回答した割合`,
	noSurveyFigure: 'この観点について、効果実感層と効果未実感層を比べた数値は調査にありません。',

	// Figures
	nText: (n: string) => `n=${n}`,
	nNotPrinted: 'n記載なし',
	/** Between a label and its value, inline. */
	colon: '：',
	derivedMark: '†',
	derivedFormula: (formula: string) => `導出値（${formula}）`,
	withDerived: (value: string) => `${value}（導出値）`,
	withFormula: (value: string, formula: string) => `${value}（導出値：${formula}）`,
	combinedNote:
		'両層の合計は、各層の人数で重み付けした割合です。原資料には記載がなく、この画面で計算した導出値です。',
	sourceYear: (title: string, year: number) => `${title}（${year}年）`,
	fieldwork: (text: string) => `調査期間：${text}`,
	noValue: '数値なし',
	/** Why a bar is missing from a chart. */
	noValueNote: (series: string, answer: string) =>
		`${series}の「${answer}」の割合は、原資料に記載がないため表示していません。`,

	// Where you sit
	positionsHeading: '質問ごとの位置',
	positionsLead:
		'調査の数値がある質問ごとに、調査での回答の割合と、あなたの回答を示します。「あなたの回答」の行には斜線の背景と ▶ の印を付けています。',
	yourAnswer: 'あなたの回答',
	yourAnswerIs: (answer: string) => `あなたの回答：${answer}`,
	yourSegment: 'あなたの区分',
	answerList: (answers: string[]) => answers.join('、'),
	chartSummary: (answer: string, shares: string) => `あなたの回答「${answer}」：${shares}。`,
	chartSummaryOther: (answer: string) =>
		`このグラフには、あなたの回答「${answer}」に当たる数値がありません（調査が公表していないため）。ほかの回答の割合を参考として示します。`,
	share: (segment: string, value: string) => `${segment} ${value}`,
	shareJoin: '、',
	usedInPattern: 'パターン一致度の計算に使った数値を含みます。',
	legend: '凡例',
	tableCaption: (chart: string, year: number) => `${chart}（${year}年）`,
	colAnswer: '回答',
	changeThisAnswer: 'この質問の回答を変更する',
	questionLabel: (text: string) => `：${text}`,

	// What moved your score
	moversHeading: 'スコアを動かした回答',
	moversLead: (prior: string, felt: string, total: string) =>
		`パターン一致度は、調査全体での効果実感層の割合${prior}（${total}人中${felt}人、2025年）から出発し、調査の数値がある回答ごとに上下します。`,
	moversNote:
		'ポイントは、その回答を計算から除いた場合との差です。回答どうしの相関を補正しているため、合計は出発点との差と一致しません。',
	raisedHeading: '押し上げた回答',
	loweredHeading: '押し下げた回答',
	noneRaised: '押し上げた回答はありません。',
	noneLowered: '押し下げた回答はありません。',
	noMovers: 'パターン一致度の計算に使える回答はありませんでした。',
	points: (value: string) => `${value}ポイント`,
	moverSentence: (answer: string, felt: string, notFelt: string) =>
		`「${answer}」に当たる回答は、効果実感層の${felt}、効果未実感層の${notFelt}。`,

	// Recommendations
	recommendationsHeading: '改善のおすすめ',
	recommendationsLead:
		'パターン一致度を大きく高める変更から順に並べ、一致度が変わらない変更は、総合成熟度を高める順にその後に並べています。どれも、すでに行っていることは含みません。',
	noRecommendations:
		'おすすめできる変更はありません。この診断が提案する取り組みは、いずれもあなたの回答には当てはまりませんでした。',
	/** Each figure signed (+3.1), or null when the change would not move it. */
	gains: (pattern: string | null, maturity: string | null) => {
		const parts = [
			pattern && `パターン一致度 ${pattern}ポイント`,
			maturity && `総合成熟度 ${maturity}点`
		].filter(Boolean);
		return parts.length > 0 ? `見込み：${parts.join('、')}` : '見込み：スコアは変わりません';
	},
	why: 'なぜ',
	evidence: '根拠となる数値',
	firstSteps: '最初の一歩',
	relatedQuestion: '関連する質問',
	moreRecommendations: (count: number) => `そのほかのおすすめ（${count}件）`,

	// Sources
	sourcesHeading: '出典',
	population: (text: string) => `対象：${text}`,
	caveats: '注意点'
} as const;

export const en: Widen<typeof ja> = {
	title: 'Your results',
	loading: 'Loading your saved answers…',
	needsScript:
		'Your results are calculated in this browser from the answers saved here, so they need JavaScript. Turn JavaScript on and reload the page.',

	noAnswersHeading: 'No answers yet',
	noAnswersText:
		'Your results appear once you have answered the questions. Your answers are stored only in this browser.',
	start: 'Start the check',
	incompleteHeading: 'You have not finished yet',
	incompleteText: (count: number) =>
		`${count} required ${count === 1 ? 'question is' : 'questions are'} still unanswered. Your results appear once every required question is answered.`,
	continue: 'Continue where you left off',
	review: 'Review your answers',

	scoredWith: (version: string) => `Question version ${version}`,
	benchmarkEdition: (first: number, last: number, count: number) =>
		`Benchmarks: ${count} surveys, ${first}–${last}`,
	methodology: 'Method and sources',
	overallLabel: 'Overall maturity',
	levelOf: (level: number, name: string) => `Level ${level} of 5: ${name}`,
	scoreOutOf: (score: string) => `${score} / 100`,
	levelMeaning: [
		'Customer success is just getting started; the quickest way forward is the practices the surveys link to felt effect.',
		'Customer success has started, but only for some customers or some people.',
		'The basics of customer success are in place and taking hold in the organisation.',
		'Customer success runs across the organisation and can be improved on the numbers.',
		'Customer success runs everywhere and is reviewed continuously.'
	],
	overallExplain:
		'The average of the five area scores (0–100). Questions backed by a survey figure are scored on the evidence; the others on our own rubric.',
	patternLabel: 'Pattern match with effect-felt companies',
	patternMeaning: (percent: string, prior: string) =>
		`Of the surveyed companies that answered like you, an estimated ${percent} feel customer success is effective (${prior} across the whole survey).`,
	gaugeNote: (prior: string) => `The vertical line marks the whole survey’s share (${prior}).`,
	patternComparison: {
		above: 'Your answers look more like those of effect-felt companies.',
		similar: 'Your answers look like the survey average.',
		below: 'Your answers look more like those of not-effect-felt companies.'
	},

	changeAnswers: 'Change your answers',
	changeAnswersNote: 'When you change an answer, these results update automatically.',
	conflictsNote: (count: number) =>
		count === 1
			? 'Two of your answers may contradict each other.'
			: `${count} pairs of answers may not fit together.`,
	reviewConflicts: 'Review them',

	dimensionsHeading: 'Maturity by area',
	radarSummary: (top: string, topScore: string, low: string, lowScore: string) =>
		`Radar chart of your area scores (0–100). Highest: ${top} (${topScore}); lowest: ${low} (${lowScore}).`,
	radarSummaryEven: (score: string) =>
		`Radar chart of your area scores (0–100). Every area scores ${score}.`,
	radarDataset: 'Your scores',
	dimensionsCaption: 'Score (0–100) and level by area',
	colDimension: 'Area',
	colScore: 'Score',
	colLevel: 'Level',
	notScored: 'Not answered',
	levelShort: (level: number, name: string) => `${level}: ${name}`,
	surveyHeading: 'What the surveys show',
	noProfile:
		'The surveys publish no area-level profile (typical scores) of effect-felt or not-effect-felt companies, so the radar chart has no comparison line. Instead, for each area’s key question, here is the share of each group giving the answer on which the groups differ most.',
	surveyShare: (answer: string) => `Share answering “${answer}”`,
	noSurveyFigure:
		'The surveys give no figure comparing effect-felt and not-effect-felt companies for this area.',

	nText: (n: string) => `n=${n}`,
	nNotPrinted: 'n not given',
	colon: ': ',
	derivedMark: '†',
	derivedFormula: (formula: string) => `derived as ${formula}`,
	withDerived: (value: string) => `${value} (derived)`,
	withFormula: (value: string, formula: string) => `${value} (derived: ${formula})`,
	combinedNote:
		'“Both groups combined” weights each group’s share by its n. The documents do not print it: it is derived here.',
	sourceYear: (title: string, year: number) => `${title} (${year})`,
	fieldwork: (text: string) => `Fieldwork: ${text}`,
	noValue: 'no figure',
	noValueNote: (series: string, answer: string) =>
		`${series}: the source gives no figure for “${answer}”, so there is no bar.`,

	positionsHeading: 'Where you sit, question by question',
	positionsLead:
		'For each question with survey figures: how the surveyed companies answered, and your answer. The row of your answer is hatched and marked ▶.',
	yourAnswer: 'Your answer',
	yourAnswerIs: (answer: string) => `Your answer: ${answer}`,
	yourSegment: 'your group',
	answerList: (answers: string[]) => answers.join(', '),
	chartSummary: (answer: string, shares: string) => `Your answer “${answer}”: ${shares}.`,
	chartSummaryOther: (answer: string) =>
		`This chart has no figure for your answer “${answer}” (the survey does not publish one); the other answers are shown for reference.`,
	share: (segment: string, value: string) => `${segment} ${value}`,
	shareJoin: '; ',
	usedInPattern: 'Includes the figures used for the pattern match.',
	legend: 'Legend',
	tableCaption: (chart: string, year: number) => `${chart} (${year})`,
	colAnswer: 'Answer',
	changeThisAnswer: 'Change this answer',
	questionLabel: (text: string) => `: ${text}`,

	moversHeading: 'What moved your score',
	moversLead: (prior: string, felt: string, total: string) =>
		`The pattern match starts from the survey’s own share of effect-felt companies, ${prior} (${felt} of ${total}, 2025), and moves with each answer the surveys have figures for.`,
	moversNote:
		'Each figure is the difference, in percentage points, from leaving that answer out. Because correlated answers are discounted, they do not add up to the distance from the starting point.',
	raisedHeading: 'Answers that raised it',
	loweredHeading: 'Answers that lowered it',
	noneRaised: 'No answer raised it.',
	noneLowered: 'No answer lowered it.',
	noMovers: 'None of your answers has survey figures for the pattern match.',
	points: (value: string) => `${value} percentage points`,
	moverSentence: (answer: string, felt: string, notFelt: string) =>
		`“${answer}” matches the answer of ${felt} of effect-felt and ${notFelt} of not-effect-felt companies.`,

	recommendationsHeading: 'Recommendations',
	recommendationsLead:
		'Ranked by how much each change would raise the pattern match (those that leave it unchanged follow, by how much they raise the overall maturity). None advises something you already do.',
	noRecommendations:
		'There is nothing to recommend: none of the changes this check suggests applies to your answers.',
	gains: (pattern: string | null, maturity: string | null) => {
		const parts = [
			pattern && `pattern match ${pattern} percentage points`,
			maturity && `overall maturity ${maturity} points`
		].filter(Boolean);
		return parts.length > 0 ? `Expected: ${parts.join(', ')}` : 'Expected: no change in the scores';
	},
	why: 'Why',
	evidence: 'Evidence',
	firstSteps: 'First steps',
	relatedQuestion: 'Related question',
	moreRecommendations: (count: number) => `More recommendations (${count})`,

	sourcesHeading: 'Sources',
	population: (text: string) => `Population: ${text}`,
	caveats: 'Caveats'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
