/**
 * The downloadable report (PDF, Markdown, CSV) and the download buttons on the results page.
 */
import type { Widen } from '../types';

export const ja = {
	// Report
	reportTitle: 'CS成熟度診断 レポート',
	reportSubtitle: 'カスタマーサクセス組織のセルフ診断結果',
	createdOn: (date: string) => `作成日：${date}`,
	questionSetVersion: (version: string) => `質問バージョン：${version}`,
	benchmarkEdition: (first: number, last: number, count: number) =>
		`ベンチマーク：${first}〜${last}年の調査${count}件（出典は末尾）`,
	overallHeading: '総合成熟度',
	scoreOutOf: (score: string) => `${score} / 100`,
	levelText: (level: number, name: string) => `レベル${level}「${name}」`,
	patternHeading: '効果実感層とのパターン一致度',
	patternSummary: (percent: string, prior: string) =>
		`あなたと同じように回答した調査回答企業のうち、CSの効果を実感している企業（効果実感層）の割合は推定${percent}です（調査全体では${prior}）。`,
	dimensionsHeading: '観点別の成熟度',
	chartCaption: '観点別のスコア（0〜100、縦線はレベルの境目）',
	dimensionColumn: '観点',
	scoreColumn: 'スコア',
	levelColumn: 'レベル',
	barColumn: 'グラフ',
	notAnswered: '未回答',
	recommendationsHeading: 'おすすめの取り組み',
	noRecommendations: 'あなたの回答に当てはまるおすすめはありません。',
	/** Each figure signed (+3.1), or null when the change would not move it. */
	expectedGain: (pattern: string | null, maturity: string | null) => {
		const parts = [
			pattern && `パターン一致度 ${pattern}ポイント`,
			maturity && `総合成熟度 ${maturity}点`
		].filter(Boolean);
		return `推奨の回答に変えた場合の見込み：${parts.length > 0 ? parts.join('、') : 'スコアは変わりません'}`;
	},
	relatedQuestion: (question: string) => `関連する質問：${question}`,
	whyHeading: 'なぜ取り組むのか',
	evidenceHeading: '根拠となる調査結果',
	stepsHeading: '最初の一歩',
	derived: (formula: string) => `導出値（${formula}）`,
	nUnknown: 'n記載なし',
	shareLine: (segment: string, answer: string, value: string, n: string) =>
		`${segment}「${answer}」${value}（${n}）`,
	sourceYear: (title: string, year: number) => `${title}（${year}年）`,
	answersHeading: '回答とベンチマーク',
	answersLead:
		'表示されたすべての質問について、あなたの回答と、調査で同じ回答をした企業の割合を示します。「あなたの回答」の印は、その数値があなたの回答を数えたものであることを示します。',
	yourAnswer: 'あなたの回答',
	colon: '：',
	yourAnswerMark: '◀ あなたの回答',
	yourSegmentMark: '（あなたの区分）',
	noBenchmark: 'この質問に対応する調査データはありません。',
	shareAnswerColumn: '調査での回答',
	segmentColumn: '区分',
	shareColumn: '割合',
	nColumn: 'n',
	sourceColumn: '出典',
	methodologyHeading: '診断の方法と出典',
	methodMaturity:
		'総合成熟度：質問ごとに回答へ0〜100点を割り当て、観点ごとに平均し、採点対象の観点の平均を総合スコアとします。レベルは20点刻みの5段階（萌芽期・試行期・定着期・推進期・最適化期）です。点数は、調査の数値に基づくものと、独自の基準によるものがあります。',
	methodPattern: (felt: number, total: number, prior: string) =>
		`パターン一致度：2025年調査でCSの効果を実感していると答えた企業の割合（${total}社中${felt}社、${prior}）を出発点に、回答ごとに効果実感層と効果未実感層の回答割合の比を掛け合わせて推定します。回答どうしは相関するため、影響の強い順に1、1/2、1/4…と割り引いて合算します。`,
	methodRecommendations:
		'おすすめ：現在の回答を推奨の回答に変えたときにパターン一致度がどれだけ上がるか、次に総合成熟度がどれだけ上がるかの順に並べています。',
	methodLimits:
		'注意：調査は回答者の自己申告によるもので、取り組みと効果の因果関係を示すものではありません。「導出値」は原資料の数値から計算した値で、計算式を併記しています。nは原資料に記載された回答者数です。',
	sourcesHeading: '出典',
	publisherLabel: '発行',
	yearLabel: '発行年',
	fieldworkLabel: '調査期間',
	populationLabel: '調査対象',
	segmentsLabel: '使用した区分',
	caveatsLabel: '注意点',
	pageNumber: (page: number, total: number) => `${page} / ${total}`,

	// CSV
	csvKind: '種別',
	csvKindOverall: '総合',
	csvKindPattern: 'パターン一致度',
	csvKindDimension: '観点',
	csvKindQuestion: '質問',
	csvDimension: '観点',
	csvItem: '項目',
	csvAnswer: '回答',
	csvScore: 'スコア',
	csvShares: '調査での割合',
	csvSource: '出典',

	// Download buttons
	downloadsHeading: '結果をダウンロード',
	downloadsLead:
		'PDFは会議や印刷向けのレポート、MarkdownとCSVは編集や表計算向け、JSONはあとで読み込んで再診断・比較するためのファイルです。',
	downloadPdf: 'PDFレポート',
	downloadMarkdown: 'Markdown',
	downloadCsv: 'CSV（表計算用）',
	downloadJson: 'JSON（再読み込み用）',
	downloadLabel: (what: string) => `${what}をダウンロード`,
	downloadPrivacy:
		'Markdown・CSV・JSONはこのブラウザの中で作成します。PDFの作成では回答をサーバーに送信しますが、サーバーには保存も記録もされません。',
	downloadGenerating: (what: string) => `${what}を作成しています…`,
	downloadDone: (filename: string) => `${filename}をダウンロードしました。`,
	downloadFailed: (what: string) =>
		`${what}を作成できませんでした。時間をおいてもう一度お試しください。`,
	downloadFailedDetail: (detail: string) => `詳細：${detail}`
} as const;

export const en: Widen<typeof ja> = {
	reportTitle: 'CS Maturity Check report',
	reportSubtitle: 'Self-assessment of a customer-success organisation',
	createdOn: (date: string) => `Created on ${date}`,
	questionSetVersion: (version: string) => `Question version: ${version}`,
	benchmarkEdition: (first: number, last: number, count: number) =>
		`Benchmarks: ${count} surveys, ${first}–${last} (sources at the end)`,
	overallHeading: 'Overall maturity',
	scoreOutOf: (score: string) => `${score} / 100`,
	levelText: (level: number, name: string) => `Level ${level}: ${name}`,
	patternHeading: 'Pattern match with effect-felt companies',
	patternSummary: (percent: string, prior: string) =>
		`Of the surveyed companies that answered like you, an estimated ${percent} feel that CS is effective (effect-felt companies); across the whole survey it is ${prior}.`,
	dimensionsHeading: 'Maturity by area',
	chartCaption: 'Score by area (0–100; vertical lines mark the level boundaries)',
	dimensionColumn: 'Area',
	scoreColumn: 'Score',
	levelColumn: 'Level',
	barColumn: 'Chart',
	notAnswered: 'Not answered',
	recommendationsHeading: 'Recommendations',
	noRecommendations: 'No recommendation applies to your answers.',
	expectedGain: (pattern: string | null, maturity: string | null) => {
		const parts = [
			pattern && `pattern match ${pattern} percentage points`,
			maturity && `overall maturity ${maturity} points`
		].filter(Boolean);
		return `Expected with the recommended answer: ${parts.length > 0 ? parts.join(', ') : 'no change in the scores'}`;
	},
	relatedQuestion: (question: string) => `Related question: ${question}`,
	whyHeading: 'Why',
	evidenceHeading: 'Survey evidence',
	stepsHeading: 'First steps',
	derived: (formula: string) => `derived (${formula})`,
	nUnknown: 'n not given',
	shareLine: (segment: string, answer: string, value: string, n: string) =>
		`${segment}, “${answer}”: ${value} (${n})`,
	sourceYear: (title: string, year: number) => `${title} (${year})`,
	answersHeading: 'Your answers and the benchmarks',
	answersLead:
		'Every question you were shown, with your answer and the share of surveyed companies that gave the same answer. “Your answer” marks the figures that count your own answer.',
	yourAnswer: 'Your answer',
	colon: ': ',
	yourAnswerMark: '◀ your answer',
	yourSegmentMark: ' (your segment)',
	noBenchmark: 'No survey figure corresponds to this question.',
	shareAnswerColumn: 'Answer in the survey',
	segmentColumn: 'Segment',
	shareColumn: 'Share',
	nColumn: 'n',
	sourceColumn: 'Source',
	methodologyHeading: 'Method and sources',
	methodMaturity:
		'Overall maturity: each answer is worth 0–100 points; the points are averaged per area, and the overall score is the average of the scored areas. The five levels are 20 points wide (Emerging, Developing, Established, Advanced, Optimising). Points follow either a survey figure or our own rubric.',
	methodPattern: (felt: number, total: number, prior: string) =>
		`Pattern match: starting from the share of companies in the 2025 survey that felt CS was effective (${felt} of ${total}, ${prior}), each answer multiplies the odds by the ratio of the shares of effect-felt and not-effect-felt companies giving it. Because answers are correlated, the ratios are discounted by strength: the strongest counts fully, the next by 1/2, the next by 1/4, and so on.`,
	methodRecommendations:
		'Recommendations: ranked by how much the recommended answer would raise the pattern match, then the overall maturity.',
	methodLimits:
		'Limits: the surveys are self-reported and do not show that a practice causes the effect. “Derived” figures are calculated from printed figures; the formula is given. n is the number of respondents printed in the document.',
	sourcesHeading: 'Sources',
	publisherLabel: 'Publisher',
	yearLabel: 'Year',
	fieldworkLabel: 'Fieldwork',
	populationLabel: 'Respondents',
	segmentsLabel: 'Segments used',
	caveatsLabel: 'Caveats',
	pageNumber: (page: number, total: number) => `${page} / ${total}`,

	csvKind: 'Kind',
	csvKindOverall: 'Overall',
	csvKindPattern: 'Pattern match',
	csvKindDimension: 'Area',
	csvKindQuestion: 'Question',
	csvDimension: 'Area',
	csvItem: 'Item',
	csvAnswer: 'Answer',
	csvScore: 'Score',
	csvShares: 'Shares in the surveys',
	csvSource: 'Source',

	downloadsHeading: 'Download your result',
	downloadsLead:
		'The PDF is a report for meetings and printing, Markdown and CSV are for editing and spreadsheets, and JSON lets you load the answers again later to re-score or compare.',
	downloadPdf: 'PDF report',
	downloadMarkdown: 'Markdown',
	downloadCsv: 'CSV (spreadsheet)',
	downloadJson: 'JSON (to load again)',
	downloadLabel: (what: string) => `Download ${what}`,
	downloadPrivacy:
		'Markdown, CSV and JSON are made in this browser. For the PDF your answers are sent to the server, which neither stores nor logs them.',
	downloadGenerating: (what: string) => `Creating ${what}…`,
	downloadDone: (filename: string) => `Downloaded ${filename}.`,
	downloadFailed: (what: string) => `The ${what} could not be created. Please try again later.`,
	downloadFailedDetail: (detail: string) => `Details: ${detail}`
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
