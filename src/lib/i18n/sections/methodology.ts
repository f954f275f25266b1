/**
 * The /methodology page: how the scores are computed, which survey figures are used, and the
 * limits. Numbers, lists and tables on the page are generated from the content; these texts only
 * frame them.
 */
import type { Widen } from '../types';

export const ja = {
	title: '診断の方法と出典',
	lead: 'この診断の結果をどのように計算しているか、どの調査のどの数値を使っているか、そして結果を読むときに注意していただきたい点を説明します。計算に使う数値はすべてこのページの表に掲載しており、原資料までたどることができます。',
	tocLabel: '目次',
	backToContents: '目次に戻る',
	colon: '：',
	inParentheses: (text: string) => `（${text}）`,

	// What is measured
	measuresHeading: '何を測っているか',
	measuresIntro: '回答から、次の2つの結果を計算します。',
	measuresPatternTerm: '効果実感層とのパターン一致度',
	measuresPattern:
		'調査であなたと同じように回答した企業のうち、カスタマーサクセス（CS）の効果を実感していた企業がどのくらいの割合だったかの推定値です（0〜100%）。',
	measuresMaturityTerm: '成熟度スコア',
	measuresMaturity:
		'観点ごとの取り組みの進み具合を0〜100点で表し、5段階のレベルに当てはめたものです。',
	measuresAlso:
		'あわせて、調査の数値がある質問ではあなたの回答を調査結果と並べて示し、パターン一致度を最も高める改善提案を順に示します。',
	measuresDimensions: (contextTitle: string) =>
		`採点する観点は次のとおりです。最初の「${contextTitle}」は採点には使いません（そのうち提供形態の質問で、比較するグループを選びます）。`,
	questionCount: (count: number) => `${count}問`,

	// Pattern match
	patternHeading: '効果実感層とのパターン一致度',
	patternIntro: (sourceTitle: string, year: number) =>
		`バーチャレクス・コンサルティング「${sourceTitle}」（${year}年）は、CSに取り組む回答者を、効果を感じている「効果実感層」と、効果を感じていない／どちらとも言えない「効果未実感層」に分けて集計しています。パターン一致度は、公表されたこの2つの層の回答割合から、ある回答をした企業のうち効果実感層が占める割合を推定したものです。`,
	priorHeading: '出発点：調査全体での効果実感層の割合',
	prior: (year: number, total: string, felt: string, notFelt: string, percent: string) =>
		`${year}年調査の回答者${total}人のうち、効果実感層は${felt}人、効果未実感層は${notFelt}人でした。効果実感層の割合${percent}が計算の出発点（事前確率）です。根拠となる回答がなければ、パターン一致度はこの${percent}になります。`,
	ratioHeading: '回答ごとの尤度比',
	ratioText:
		'効果実感層と効果未実感層のそれぞれで、その回答をした人の割合が公表されている質問について、次の比を「尤度比」として使います。',
	ratioFormula: '尤度比 ＝ 効果実感層でその回答をした割合 ÷ 効果未実感層でその回答をした割合',
	ratioMeaning:
		'尤度比が1より大きい回答は効果実感層に多い回答で、パターン一致度を上げます。1より小さい回答は下げます。表に載っていない回答（調査に対応する数値がないもの）は、パターン一致度に影響しません。',
	ratioExample: (
		question: string,
		option: string,
		felt: string,
		notFelt: string,
		ratio: string,
		share: string
	) =>
		`例：「${question}」に「${option}」と答えた場合、この回答をしたのは効果実感層の${felt}、効果未実感層の${notFelt}なので、尤度比は${ratio}です。この回答だけなら、パターン一致度は${share}になります。`,
	ratioExampleCheck: (
		felt: string,
		feltShare: string,
		feltCount: string,
		notFelt: string,
		notFeltShare: string,
		notFeltCount: string,
		share: string
	) =>
		`検算：効果実感層${felt}人×${feltShare}＝${feltCount}人、効果未実感層${notFelt}人×${notFeltShare}＝${notFeltCount}人で、${feltCount} ÷（${feltCount}＋${notFeltCount}）＝${share}。調査でこの回答をした企業のうち効果実感層が占める割合そのものです。`,
	ratioCaption: 'パターン一致度に使う回答と尤度比',
	ratioRegionLabel: '尤度比の表（横にスクロールできます）',
	colQuestion: '質問',
	colAnswer: '回答',
	colFelt: '効果実感層',
	colNotFelt: '効果未実感層',
	colRatio: '尤度比',
	colAlone: 'この回答だけの一致度',
	colSource: '出典',
	onlyWhen: (question: string, options: string) =>
		`条件：「${question}」で${options}と回答した場合のみ`,
	includesDerived: '導出値を含む',
	optionList: (labels: string[]) => labels.map((label) => `「${label}」`).join('・'),

	correlationHeading: '回答どうしの相関の補正',
	correlationProblem:
		'回答どうしは互いに独立ではありません。たとえばフェーズ分け運用をしている企業は、ヘルススコアやツールも整えていることが多くあります。尤度比をそのまま掛け合わせると、同じ傾向を何度も数えることになり、結果が実際より極端になります。',
	correlationMethod: (discount: string) =>
		`そこで、回答ごとの尤度比の対数（効果実感層・効果未実感層のどちらにどれだけ傾くか）を、傾きの大きい順に並べます。最も大きいものはそのまま数え、2番目は${discount}倍、3番目は${discount}の2乗倍……と、順位が下がるごとに${discount}倍ずつ割り引いて合計します。`,
	weightsCaption: '順位ごとの重み',
	rank: (rank: number) => `${rank}番目`,
	correlationFormulaLabel: '計算式',
	correlationFormula: (prior: string, discount: string) =>
		`パターン一致度 ＝ σ( logit(${prior}) ＋ Σₖ ${discount}^(k−1) × log(尤度比ₖ) )（k は傾きの大きい順の順位、σ はロジスティック関数）`,
	correlationConsequencesLead:
		'この補正には、次の性質があります（いずれも単体テストで確認しています）。',
	correlationSingle:
		'回答が1つだけなら割り引きは起きないため、結果は調査でその回答をした企業のうち効果実感層が占める割合と一致します。',
	correlationBound: (factor: string, discount: string) =>
		`根拠をいくつ足しても、合計は最も強い回答1つ分の${factor}倍を超えません（1 ÷（1 − ${discount}）＝ ${factor}）。`,
	correlationMonotone:
		'ある回答を尤度比のより高い回答に変えても、パターン一致度が下がることはありません。',
	correlationChoice: (discount: string) =>
		`割引率${discount}は、回答どうしの相関の強さを調査から推定した値ではありません。調査は質問どうしの関係（クロス集計）を公表していないため、過信を避けるために設けた設計上の値です。`,

	conditionalHeading: '特定のグループにだけ使う根拠',
	conditionalText:
		'調査の数値の中には、特定のグループだけを集計したものがあります。そうした数値は、同じグループに当てはまる回答者にだけ使います。',
	conditionalItem: (question: string, whenQuestion: string, options: string) =>
		`「${question}」の回答は、「${whenQuestion}」で${options}と答えた場合にだけ使います。`,
	conditionalWhy:
		'2025年調査は、効果実感層・効果未実感層別の数値を、フェーズ分けの基準については「フェーズ分け運用をしている／試験運用を始めている」企業についてのみ、「ツールを特に利用していない」割合については「フェーズ分け運用には至っていない／状況不明」の企業についてのみ公表しているためです。',

	assumptionHeading: '異なる年の調査を組み合わせる仮定',
	assumption: (questions: string, year: number, priorYear: number) =>
		`${questions}の尤度比は${year}年調査の数値です。${year}年の効果実感層と効果未実感層の差が${priorYear}年も変わらないと仮定して、${priorYear}年調査の出発点と組み合わせています。調査時期も回答者も異なるため、これは検証されていない仮定です。なお、どちらの年も「効果を感じていない／どちらとも言えない」人を効果未実感の側に数えており、区分の定義はそろっています。`,
	quoted: (text: string) => `「${text}」`,

	// Maturity
	maturityHeading: '成熟度スコア',
	maturityMean:
		'観点ごとのスコア（0〜100点）は、その観点で回答した質問の点数の平均です。回答によって表示されなかった質問は、平均に含めません。総合スコアは、スコアのある観点の平均です。いずれも小数第2位を四捨五入し、小数第1位まで表示します。',
	maturityMulti: '複数選択の質問は、質問ごとに次のいずれかの方法で点数を決めます。',
	ruleMaxTerm: '最高点',
	ruleMaxText: '選んだ選択肢のうち、最も高い点数',
	ruleSumTerm: '合計（上限100点）',
	ruleSumText: '選んだ選択肢の点数の合計。100点を超えた分は数えません',
	levelsHeading: '5段階のレベル',
	levelsCaption: '成熟度レベルと点数の範囲',
	colLevel: 'レベル',
	colLevelName: '名称',
	colRange: '点数の範囲',
	levelNumber: (level: number) => `レベル${level}`,
	range: (from: number, below: number | null) =>
		below === null ? `${from}点以上（100点まで）` : `${from}点以上${below}点未満`,
	basisHeading: '点数の根拠：調査の数値か、独自の基準か',
	basisCounts: (evidence: number, rubric: number) =>
		`採点する質問のうち、${evidence}問は調査の数値に基づいて、${rubric}問はこの診断が独自に定めた基準で点数を付けています。下の表は、質問データから自動で作成しています。`,
	basisEvidence:
		'「調査に基づく」質問では、効果実感層に多い回答（尤度比の高い回答）ほど高い点数にしています。調査が裏付けるのはこの順序であり、点数の具体的な間隔はこの診断で定めたものです。',
	basisRubric:
		'「独自の基準」の質問は、効果実感層と効果未実感層の差が公表されていないため、CSの一般的な実践の進み具合をもとに点数を定めています。調査による裏付けはありません。',
	basisRubricWithEvidence: (questions: string) =>
		`なお、${questions}は点数こそ独自の基準ですが、回答そのものはパターン一致度の根拠として使います。`,
	rubricCaption: '採点する質問と点数の根拠',
	rubricRegionLabel: '点数の根拠の表（横にスクロールできます）',
	colDimension: '観点',
	colBasis: '点数の根拠',
	colRule: '複数選択の扱い',
	colPoints: '選択肢と点数',
	basisEvidenceLabel: '調査に基づく',
	basisRubricLabel: '独自の基準',
	singleChoice: '単一選択',
	shownConditionally: 'ほかの回答によって表示される質問',
	points: (points: number) => `${points}点`,
	figuresLabel: '根拠の数値',

	// Positions
	positionsHeading: '調査結果との比較',
	positionsText:
		'調査の数値がある質問では、あなたの回答を、効果実感層・効果未実感層・回答者全体でその回答をした人の割合と並べて示します。数値ごとに人数（n）、調査年、出典を添えます。日本カスタマーサクセス協会（JCSA）の数値はSaaSと非SaaSに分かれているため、最初の「提供形態」の回答に応じて、あなたに当てはまる区分を示します。',

	// Recommendations
	recommendationsHeading: '改善提案の順位づけ',
	recommendationsHow:
		'改善提案は、回答を1つ変えたときの効果を計算して順位を付けます。提案ごとに、該当する質問の回答を提案する回答に置き換え（それに応じて表示される質問も判定し直し）、診断をやり直してパターン一致度がどれだけ上がるかを求めます。',
	recommendationsOrder:
		'パターン一致度の上がり幅が大きい順に並べます。上がり幅が同じ場合は成熟度スコアの上がり幅が大きい順、それも同じ場合はあらかじめ定めた順です。',
	recommendationsNever:
		'すでに行っていることは提案しません。提案は対象となる回答をした方にだけ表示し、提案する回答をすでに選んでいる場合は表示しません。',
	recommendationsSteps:
		'提案ごとの根拠の数値と具体的な進め方は、データファイルに日本語と英語で記載しています。根拠の数値は、下の一覧のIDで出典までたどれます。',
	recommendationsListHeading: (count: number) => `改善提案の一覧（${count}件）`,
	recommendationTarget: (question: string, target: string) =>
		`対象の質問：「${question}」→ 提案する回答：「${target}」`,
	evidenceLabel: '根拠の数値',

	// Figures
	figuresHeading: '使用している調査の数値',
	figuresText: (count: number) =>
		`この診断が使う${count}件の数値すべてを、データファイルから自動で掲載しています。「記載値」は原資料に書かれている数値そのもので、読み取った箇所の原文を添えています。「導出値」は記載値から計算した数値で、計算式と元の数値のIDを添えています。割合はいずれも、その区分の回答者（n）に占める割合です。`,
	figuresCaption: (count: number) => `調査の数値の一覧（${count}件）`,
	figuresRegionLabel: '調査の数値の一覧（横にスクロールできます）',
	colId: 'ID',
	colChart: '図表・設問（原文／英訳）',
	colSegment: '区分',
	colN: '人数（n）',
	colValue: '値',
	colKind: '記載値／導出値',
	colUse: '用途',
	printed: '記載値',
	derived: '導出値',
	quoteLabel: '原文：',
	formulaLabel: '計算式：',
	fromLabel: '元の数値：',
	nNotPrinted: '記載なし',
	useLikelihood: 'パターン一致度',
	usePosition: '結果との比較',
	useRecommendation: '改善提案の根拠',
	sourceYear: (title: string, year: number) => `${title}（${year}年）`,

	// Sources
	sourcesHeading: '出典',
	sourcePublisher: '発行',
	sourceYearLabel: '年版',
	sourceFieldwork: '調査期間',
	sourcePopulation: '対象',
	sourceFile: '原資料ファイル',
	sourceFigures: '使用している数値',
	sourceFigureCount: (count: number, printed: number, derived: number, likelihood: number) =>
		`${count}件（記載値${printed}件・導出値${derived}件、うちパターン一致度に使用${likelihood}件）`,
	sourceCaveats: '注意点',
	yearValue: (year: number) => `${year}年`,
	phaseCountCheck: (
		felt: string,
		feltShare: string,
		notFelt: string,
		notFeltShare: string,
		sum: string
	) =>
		`この診断による検算：効果実感層${felt}人×${feltShare}＋効果未実感層${notFelt}人×${notFeltShare}≒${sum}人となり、n=326は「フェーズを分けて運用している」企業（試験運用を含まない）の数と一致します。n=591は試験運用を含む数と考えられますが、原資料からは確認できません。`,

	// Limits
	limitsHeading: 'この診断の限界',
	limitsLead: '結果は、次の限界を踏まえて参考としてご利用ください。',
	limitSelfReportTerm: '自己申告の回答です',
	limitSelfReport:
		'調査の数値は、インターネットアンケートで回答者が自ら答えたものです。「効果を実感している」かどうかも回答者の主観で、売上や継続率を実際に測った値ではありません。',
	limitCausationTerm: '相関であり、因果関係ではありません',
	limitCausation:
		'効果実感層に多い取り組みを始めれば効果が出る、とは限りません。もともと成果の出やすい企業がその取り組みをしている可能性もあります。パターン一致度は「似た回答をした企業の傾向」を示すもので、あなたの会社が効果を得られる確率ではありません。',
	limitIndividualsTerm: '回答者は企業ではなく個人です',
	limitIndividuals:
		'バーチャレクス・コンサルティングの調査は、全国の20〜65歳の有職者のうち、勤務先でCSに取り組んでいると答えた個人を対象にしています。同じ企業から複数の人が回答している可能性があり、回答者の立場や担当範囲もさまざまです。JCSAの白書の回答者の集め方は、原資料が判読できないため確認できていません。このページでは、わかりやすさのために「企業」と表記しています。',
	limitSampleTerm: '区分によっては人数が少なく、記載がないものもあります',
	limitSample: (label: string, n: number, margin: string, unprinted: number) =>
		`最も少ない区分は「${label}」のn=${n}で、この人数の割合には最大で±${margin}ほどの誤差（95%信頼区間の目安）がありえます。人数が原資料に記載されていない区分も${unprinted}件あります。`,
	limitYearsTerm: '調査年が異なります',
	limitYears: (years: string) =>
		`${years}の調査を組み合わせています。この間にCSの普及度やツール（特にAI）の状況は変わっており、古い数値ほど現在とのずれが大きくなりえます。`,
	limitWordingTerm: '設問の文言は調査と同じではありません',
	limitWording:
		'この診断の質問と選択肢は調査の設問に合わせていますが、文言は同じではありません。調査に対応する選択肢がない回答は、調査の「〜以外」の側にまとめて扱うか（「一部の顧客層でのみ構築している」「わからない」など）、パターン一致度には使わないか（フェーズ分けの基準の「その他・わからない」など）のどちらかです。上の尤度比の表で確認できます。',
	limitJcsaTerm: 'JCSAの白書は判読できた数値だけを使っています',
	limitJcsa: (count: number, inPattern: boolean) =>
		`「カスタマーサクセス白書2025」は、原資料のテキストが文字化けしたOCRのため、数値・項目名・区分がすべて判読できた${count}件の数値だけを使い、それ以外は推測で補わずに除外しています。${inPattern ? '' : 'これらの数値はパターン一致度の計算には使わず、結果との比較と改善提案の根拠にだけ使います。'}`,
	limitLabelsTerm: '原資料の区分名に不一致があります',
	limitLabels:
		'2025年調査では、同じ「フェーズ分け運用をしている／試験運用を始めている」という区分に、本文ではn=326、ツールの図表ではn=591と異なる人数が記載されています。この診断では、各数値を原資料の区分名のまま表示しています（詳しくは出典の注意点をご覧ください）。'
} as const;

export const en: Widen<typeof ja> = {
	title: 'Method and sources',
	lead: 'How the results of this check are calculated, which figures from which surveys are used, and what to bear in mind when you read the results. Every figure used in the calculation is listed in the tables on this page and can be traced back to its source document.',
	tocLabel: 'Contents',
	backToContents: 'Back to contents',
	colon: ': ',
	inParentheses: (text: string) => ` (${text})`,

	measuresHeading: 'What is measured',
	measuresIntro: 'Your answers produce two results.',
	measuresPatternTerm: 'Pattern match with effect-felt companies',
	measuresPattern:
		'An estimate of how many of the surveyed companies that answered as you did felt that customer success (CS) is effective (0–100%).',
	measuresMaturityTerm: 'Maturity score',
	measuresMaturity:
		'How far your practice has developed in each area, on a scale of 0 to 100 points, placed on one of five levels.',
	measuresAlso:
		'Where survey figures exist for a question, your answer is also shown beside the survey results, and the recommendations that would raise your pattern match most are listed in order.',
	measuresDimensions: (contextTitle: string) =>
		`These areas are scored. The first part, “${contextTitle}”, is not scored (its question on how your service is provided chooses the group you are compared with).`,
	questionCount: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`,

	patternHeading: 'Pattern match with effect-felt companies',
	patternIntro: (sourceTitle: string, year: number) =>
		`Virtualex Consulting’s “${sourceTitle}” (${year}) splits the respondents who run CS into “effect-felt” respondents, who feel it is effective, and “not-effect-felt” respondents, who do not or cannot say. The pattern match estimates, from the published shares of these two groups, how many of the companies giving an answer belong to the effect-felt group.`,
	priorHeading: 'Starting point: the share of effect-felt respondents in the whole survey',
	prior: (year: number, total: string, felt: string, notFelt: string, percent: string) =>
		`Of the ${total} respondents to the ${year} survey, ${felt} were effect-felt and ${notFelt} not-effect-felt. The effect-felt share, ${percent}, is the starting point (the prior). Without any answer that counts as evidence, the pattern match is this ${percent}.`,
	ratioHeading: 'A likelihood ratio for each answer',
	ratioText:
		'For each question where the survey publishes the share of effect-felt and of not-effect-felt respondents who gave an answer, this ratio is used as the answer’s likelihood ratio:',
	ratioFormula:
		'likelihood ratio = share of effect-felt respondents giving the answer ÷ share of not-effect-felt respondents giving it',
	ratioMeaning:
		'An answer with a ratio above 1 is more common among effect-felt respondents and raises the pattern match; below 1, it lowers it. Answers not in the table (no matching survey figure) do not affect the pattern match.',
	ratioExample: (
		question: string,
		option: string,
		felt: string,
		notFelt: string,
		ratio: string,
		share: string
	) =>
		`Example: answering “${option}” to “${question}”. ${felt} of effect-felt and ${notFelt} of not-effect-felt respondents gave this answer, so the likelihood ratio is ${ratio}. With this answer alone, the pattern match is ${share}.`,
	ratioExampleCheck: (
		felt: string,
		feltShare: string,
		feltCount: string,
		notFelt: string,
		notFeltShare: string,
		notFeltCount: string,
		share: string
	) =>
		`Check: ${felt} effect-felt × ${feltShare} = ${feltCount} and ${notFelt} not-effect-felt × ${notFeltShare} = ${notFeltCount} respondents; ${feltCount} ÷ (${feltCount} + ${notFeltCount}) = ${share}. That is exactly the effect-felt share among the surveyed companies that gave this answer.`,
	ratioCaption: 'The answers used for the pattern match, and their likelihood ratios',
	ratioRegionLabel: 'Likelihood ratios (scrolls sideways)',
	colQuestion: 'Question',
	colAnswer: 'Answer',
	colFelt: 'Effect-felt',
	colNotFelt: 'Not-effect-felt',
	colRatio: 'Likelihood ratio',
	colAlone: 'Pattern match with this answer alone',
	colSource: 'Source',
	onlyWhen: (question: string, options: string) =>
		`Only when the answer to “${question}” is ${options}`,
	includesDerived: 'includes a derived figure',
	optionList: (labels: string[]) => labels.map((label) => `“${label}”`).join(' or '),

	correlationHeading: 'Correcting for correlated answers',
	correlationProblem:
		'Answers are not independent of each other. Companies that run CS in phases, for example, usually have health scores and tools as well. Multiplying the likelihood ratios as they are would count the same tendency several times and make the result more extreme than it is.',
	correlationMethod: (discount: string) =>
		`So the logarithms of the answers’ likelihood ratios (how far, and to which side, each answer leans) are sorted by size. The largest counts in full, the second is multiplied by ${discount}, the third by ${discount} squared, and so on: each step down the ranking is discounted by a further factor of ${discount}. The discounted values are then added up.`,
	weightsCaption: 'Weight by rank',
	rank: (rank: number) =>
		`${rank === 1 ? '1st' : rank === 2 ? '2nd' : rank === 3 ? '3rd' : `${rank}th`}`,
	correlationFormulaLabel: 'Formula',
	correlationFormula: (prior: string, discount: string) =>
		`pattern match = σ( logit(${prior}) + Σₖ ${discount}^(k−1) × log(likelihood ratioₖ) ), where k is the rank by size and σ the logistic function`,
	correlationConsequencesLead:
		'The correction has these properties (each is checked by unit tests):',
	correlationSingle:
		'With a single answer nothing is discounted, so the result equals the effect-felt share among the surveyed companies that gave that answer.',
	correlationBound: (factor: string, discount: string) =>
		`However much evidence is added, the total never exceeds ${factor} times the strongest single answer (1 ÷ (1 − ${discount}) = ${factor}).`,
	correlationMonotone:
		'Changing an answer to one with a higher likelihood ratio never lowers the pattern match.',
	correlationChoice: (discount: string) =>
		`The discount of ${discount} is not estimated from the surveys: they publish no cross-tabulation between questions, so the strength of the correlation is unknown. It is a design value, chosen to avoid overconfidence.`,

	conditionalHeading: 'Evidence used only for some groups',
	conditionalText:
		'Some survey figures count only a particular group of respondents. Those figures are used only for users who belong to the same group.',
	conditionalItem: (question: string, whenQuestion: string, options: string) =>
		`Your answer to “${question}” is used only when your answer to “${whenQuestion}” is ${options}.`,
	conditionalWhy:
		'This is because the 2025 survey publishes the phase criteria, split into effect-felt and not-effect-felt companies, only for companies “operating in phases or trialling it”, and the share using “no tools in particular” only for companies “not operating in phases, or unsure”.',

	assumptionHeading: 'An assumption: combining surveys from different years',
	assumption: (questions: string, year: number, priorYear: number) =>
		`The likelihood ratio for ${questions} comes from the ${year} survey. It is combined with the ${priorYear} starting point on the assumption that the difference between effect-felt and not-effect-felt respondents was the same in ${priorYear} as in ${year}. The surveys were run at different times with different respondents, so this assumption is untested. Both years count respondents who “do not feel an effect or cannot say” on the not-effect-felt side, so the groups are defined alike.`,
	quoted: (text: string) => `“${text}”`,

	maturityHeading: 'Maturity score',
	maturityMean:
		'Each area’s score (0–100) is the mean of the points of the questions you answered in that area. Questions not shown because of your other answers are left out of the mean. The overall score is the mean of the areas that have a score. Both are rounded to one decimal place.',
	maturityMulti: 'For a multiple-choice question, the points are set in one of two ways:',
	ruleMaxTerm: 'Best option',
	ruleMaxText: 'the highest points among the options you chose',
	ruleSumTerm: 'Sum (capped at 100)',
	ruleSumText: 'the points of the options you chose added up; anything above 100 is not counted',
	levelsHeading: 'Five levels',
	levelsCaption: 'Maturity levels and their score ranges',
	colLevel: 'Level',
	colLevelName: 'Name',
	colRange: 'Score range',
	levelNumber: (level: number) => `Level ${level}`,
	range: (from: number, below: number | null) =>
		below === null ? `${from} and above (up to 100)` : `${from} to under ${below}`,
	basisHeading: 'Where the points come from: survey figures or our own rubric',
	basisCounts: (evidence: number, rubric: number) =>
		`Of the scored questions, ${evidence} have points based on survey figures and ${rubric} have points set by this check’s own rubric. The table below is generated from the question data.`,
	basisEvidence:
		'For questions “based on survey figures”, answers that are more common among effect-felt respondents (a higher likelihood ratio) get more points. The survey supports this order; the exact spacing of the points was set by this check.',
	basisRubric:
		'For questions scored by “our own rubric”, no difference between effect-felt and not-effect-felt respondents has been published, so the points follow how far common CS practice has developed. No survey figure supports them.',
	basisRubricWithEvidence: (questions: string) =>
		`Note that ${questions} is scored by our own rubric, but its answer is still used as evidence for the pattern match.`,
	rubricCaption: 'Scored questions and the basis of their points',
	rubricRegionLabel: 'Basis of the points (scrolls sideways)',
	colDimension: 'Area',
	colBasis: 'Basis of the points',
	colRule: 'Multiple choice',
	colPoints: 'Options and points',
	basisEvidenceLabel: 'Based on survey figures',
	basisRubricLabel: 'Our own rubric',
	singleChoice: 'Single choice',
	shownConditionally: 'Shown depending on other answers',
	points: (points: number) => `${points} ${points === 1 ? 'point' : 'points'}`,
	figuresLabel: 'Figures',

	positionsHeading: 'Comparison with the survey results',
	positionsText:
		'For each question with survey figures, your answer is shown beside the share of effect-felt, not-effect-felt and all respondents who gave it, each with its number of respondents (n), year and source. The Japan Customer Success Association (JCSA) figures are split into SaaS and non-SaaS, so your first answer, on how your service is provided, picks the group that applies to you.',

	recommendationsHeading: 'How recommendations are ranked',
	recommendationsHow:
		'Recommendations are ranked by what changing one answer would do. For each one, the answer to its question is replaced by the recommended answer (and which follow-up questions are shown is settled again), the check is run again, and the rise in the pattern match is calculated.',
	recommendationsOrder:
		'They are listed by the rise in the pattern match, largest first; on a tie, by the rise in the maturity score; and on a further tie, in a fixed, authored order.',
	recommendationsNever:
		'Nothing you already do is recommended: a recommendation is shown only to users whose answer it applies to, and never to someone who already chose the recommended answer.',
	recommendationsSteps:
		'Each recommendation’s evidence and concrete next steps are written in the data files, in Japanese and English. The evidence can be traced to its source through the figure IDs in the list below.',
	recommendationsListHeading: (count: number) => `All recommendations (${count})`,
	recommendationTarget: (question: string, target: string) =>
		`Question: “${question}” → recommended answer: “${target}”`,
	evidenceLabel: 'Evidence',

	figuresHeading: 'The survey figures used',
	figuresText: (count: number) =>
		`All ${count} figures this check uses, listed straight from the data files. A “printed” figure is the number exactly as it appears in the source document, with the passage it was read from. A “derived” figure is calculated from printed ones, with its formula and the IDs of the figures it uses. Every value is a percentage of the respondents in its segment (n).`,
	figuresCaption: (count: number) => `Survey figures (${count})`,
	figuresRegionLabel: 'Survey figures (scrolls sideways)',
	colId: 'ID',
	colChart: 'Chart or question (original / English gloss)',
	colSegment: 'Segment',
	colN: 'Respondents (n)',
	colValue: 'Value',
	colKind: 'Printed or derived',
	colUse: 'Used for',
	printed: 'Printed',
	derived: 'Derived',
	quoteLabel: 'Original: ',
	formulaLabel: 'Formula: ',
	fromLabel: 'From: ',
	nNotPrinted: 'not printed',
	useLikelihood: 'Pattern match',
	usePosition: 'Comparison with results',
	useRecommendation: 'Recommendation evidence',
	sourceYear: (title: string, year: number) => `${title} (${year})`,

	sourcesHeading: 'Sources',
	sourcePublisher: 'Publisher',
	sourceYearLabel: 'Edition',
	sourceFieldwork: 'Fieldwork',
	sourcePopulation: 'Respondents',
	sourceFile: 'Source document file',
	sourceFigures: 'Figures used',
	sourceFigureCount: (count: number, printed: number, derived: number, likelihood: number) =>
		`${count} (${printed} printed, ${derived} derived; ${likelihood} used for the pattern match)`,
	sourceCaveats: 'Caveats',
	yearValue: (year: number) => `${year}`,
	phaseCountCheck: (
		felt: string,
		feltShare: string,
		notFelt: string,
		notFeltShare: string,
		sum: string
	) =>
		`Our own check: ${felt} effect-felt × ${feltShare} + ${notFelt} not-effect-felt × ${notFeltShare} ≈ ${sum} respondents, so n=326 matches the companies that operate in phases (without those trialling it). n=591 is probably the count including trials, but the document does not confirm it.`,

	limitsHeading: 'Limits of this check',
	limitsLead: 'Please use the results as a guide, bearing these limits in mind.',
	limitSelfReportTerm: 'The answers are self-reported',
	limitSelfReport:
		'The survey figures are what respondents said in online questionnaires. Whether they “feel an effect” is their own impression, not a measurement of sales or retention.',
	limitCausationTerm: 'Correlation, not causation',
	limitCausation:
		'Starting a practice that is common among effect-felt companies does not guarantee an effect: companies that were doing well anyway may be the ones that adopted it. The pattern match describes how companies with similar answers felt; it is not the probability that your company will see results.',
	limitIndividualsTerm: 'The respondents are individuals, not companies',
	limitIndividuals:
		'The Virtualex Consulting surveys asked employed people aged 20 to 65 across Japan who said their workplace runs customer success. Several people from one company may have answered, and their roles and responsibilities vary. How the JCSA white paper recruited its respondents cannot be read in the document. This page says “companies” for readability.',
	limitSampleTerm: 'Some segments are small, and some counts are not printed',
	limitSample: (label: string, n: number, margin: string, unprinted: number) =>
		`The smallest segment is “${label}” with n=${n}; a share among so few respondents can be off by up to about ±${margin} (a rough 95% confidence interval). For ${unprinted} segments the document does not print the number of respondents.`,
	limitYearsTerm: 'The surveys are from different years',
	limitYears: (years: string) =>
		`Surveys from ${years} are combined. CS adoption and tools (AI in particular) have changed in the meantime, and older figures may be further from today.`,
	limitWordingTerm: 'The wording differs from the surveys',
	limitWording:
		'The questions and options of this check follow the surveys’ questions, but not word for word. An answer with no counterpart in a survey is either counted on the survey’s “anything other than…” side (“only for some customer segments”, “don’t know” and the like) or not used for the pattern match at all (such as “something else, or don’t know” for the phase criteria). The likelihood-ratio table above shows which.',
	limitJcsaTerm: 'Only the legible figures of the JCSA white paper are used',
	limitJcsa: (count: number, inPattern: boolean) =>
		`The text of the “Customer Success White Paper 2025” is garbled OCR. Only the ${count} figures whose number, label and segment could all be read with certainty are used; nothing else was guessed. ${inPattern ? '' : 'These figures are not used for the pattern match, only for the comparison with your results and as evidence for recommendations.'}`,
	limitLabelsTerm: 'The source labels are inconsistent',
	limitLabels:
		'The 2025 survey gives the same segment, “operating in phases or trialling it”, as n=326 in its text and as n=591 in its tools charts. This check shows each figure with the segment name the document gives it (see the caveats under Sources).'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
