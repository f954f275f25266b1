/**
 * Taking answers along and bringing them back: the share link and its page, and the comparison
 * with an earlier result (前回比). Reading an answers file is in files.ts.
 */
import type { Widen } from '../types';

export const ja = {
	// The share page
	sharedTitle: '共有された診断結果',
	sharedLead:
		'この結果は、共有リンクに含まれている回答から計算しています。回答はこのブラウザの中で読み取るだけで、サーバーには送信されません。',
	reading: '共有リンクを読み込んでいます…',
	needsScript:
		'共有された結果はこのブラウザの中で計算するため、表示にはJavaScriptが必要です。JavaScriptを有効にして、もう一度開いてください。',
	droppedFromLink: (count: number) =>
		`リンクに含まれていた回答のうち、組み合わせが正しくない${count}件は除外して計算しています。`,
	incompleteLink: (count: number) =>
		`このリンクには、必須の質問のうち${count}問の回答が含まれていません。結果は回答済みの質問だけで計算した参考値です。`,
	linkErrorTitle: '共有リンクを開けませんでした',
	linkEmptyHeading: 'このリンクには回答が含まれていません',
	linkEmpty:
		'このページは共有リンクから開いて使います。受け取ったリンクを開いた場合は、「#」以降も含めたリンク全体をコピーしたか確認してください。',
	linkTruncatedHeading: 'リンクが途中で切れています',
	linkTruncated:
		'リンクの一部しかコピーされていないようです。メールやチャットに表示されたリンクを最後まで選んでコピーし直すか、送信者にリンクを送り直してもらってください。',
	linkTamperedHeading: 'リンクの内容が壊れているか、書き換えられています',
	linkTampered:
		'誤った結果を表示しないよう、このリンクは読み込んでいません。送信者に共有リンクを作り直して送ってもらってください。',
	linkVersionHeading: 'このリンクは別のバージョンの質問で作成されています',
	linkVersion: (linkVersion: string, currentVersion: string) =>
		`リンクは質問バージョン ${linkVersion} で作成されていますが、現在の診断はバージョン ${currentVersion} です。回答を正しく読み取れないため、結果は表示していません。送信者に、現在の診断で結果を開き直して共有リンクを作り直してもらってください。`,
	linkQuestionsChanged:
		'リンクの作成後に質問の内容が更新されたため、回答を正しく読み取れません。結果は表示していません。送信者に、現在の診断で結果を開き直して共有リンクを作り直してもらってください。',
	linkFormat:
		'このリンクは、この診断が読み取れない形式で作成されています。送信者に、現在の診断で共有リンクを作り直してもらってください。',
	linkMalformedHeading: 'このリンクは共有リンクとして読み取れません',
	linkMalformed:
		'この診断の共有リンクではないか、途中で文字が変わっています。送信者に共有リンクを送り直してもらってください。',
	linkOwnCheck: 'ご自身の取り組みを診断する場合は、こちらから始められます。',
	startOwn: '診断を始める',

	// Saving a shared result's answers
	adoptHeading: 'この回答を自分の回答として使う',
	adoptLead:
		'この回答をこのブラウザに保存すると、回答を変更して診断し直したり、結果をダウンロードしたりできます。',
	adoptButton: 'この回答を自分の回答として保存する',
	adoptConfirm:
		'このブラウザにはすでに回答が保存されています。共有された回答で置き換えますか？置き換えた後は元の回答に戻せません。',
	adoptConfirmButton: '置き換えて保存する',
	cancel: 'キャンセル',
	adoptCancelled: '保存を取り消しました。ブラウザに保存されている回答は変更していません。',
	adoptDone: '回答をこのブラウザに保存しました。',
	toReview: '回答を確認・変更する',

	// Share
	shareHeading: '結果を共有する',
	shareLead:
		'共有リンクには回答が含まれており、リンクを知っている人は誰でもこの結果と回答を見ることができます。回答はリンクの「#」以降に入っているため、リンクを開いてもサーバーには送信されません。',
	copyLink: '共有リンクをコピー',
	copied: '共有リンクをコピーしました。',
	copyFailed:
		'共有リンクを自動でコピーできませんでした。下の欄のリンクを選択してコピーしてください。',
	linkFieldLabel: '共有リンク',

	// Compare
	compareHeading: '前回の結果と比べる（前回比）',
	compareLead:
		'以前にダウンロードした結果のJSONファイルを選ぶと、今回の結果との差を観点ごとに表示します。ファイルはこのブラウザの中で読み取るだけでサーバーには送信されず、今回の回答も変わりません。',
	compareFileLabel: '前回の結果のJSONファイル',
	compareCaption: '前回と今回の比較',
	compareCaptionDated: (date: string) => `前回（${date}）と今回の比較`,
	compareItem: '項目',
	comparePrevious: '前回',
	compareCurrent: '今回',
	compareDelta: '前回比',
	overallRow: '総合成熟度',
	patternRow: '効果実感層とのパターン一致度',
	noScore: '回答なし',
	percent: (value: string) => `${value}%`,
	score: (value: string) => `${value}点`,
	/** A change with its sign (+1.5, −2.0, ±0): in points of a score, or percentage points. */
	scoreChange: (signed: string) => `${signed}点`,
	percentChange: (signed: string) => `${signed}ポイント`,
	compareNote:
		'前回の回答を現在の採点方法で計算し直して比較しています。点数は0〜100点、パターン一致度の差は％ポイントです。',
	compareVersion: (fileVersion: string, currentVersion: string, count: number) =>
		`前回のファイルは質問バージョン ${fileVersion} で作成されています（現在は ${currentVersion}）。現在の質問に合わない${count}件の回答は比較に含めていません。`,
	compareDone: (fileName: string) => `「${fileName}」の結果との比較を表示しました。`,
	clearCompare: '比較を閉じる'
} as const;

export const en: Widen<typeof ja> = {
	sharedTitle: 'Shared results',
	sharedLead:
		'These results are calculated from the answers in the share link. The answers are read in this browser only and are not sent to a server.',
	reading: 'Reading the share link…',
	needsScript:
		'Shared results are calculated in this browser, so they need JavaScript. Turn JavaScript on and open the link again.',
	droppedFromLink: (count: number) =>
		count === 1
			? '1 answer in the link did not fit with the others and has been left out.'
			: `${count} answers in the link did not fit with the others and have been left out.`,
	incompleteLink: (count: number) =>
		count === 1
			? 'The link does not include an answer to 1 required question. The results are based on the questions answered and are indicative only.'
			: `The link does not include answers to ${count} required questions. The results are based on the questions answered and are indicative only.`,
	linkErrorTitle: 'The share link could not be opened',
	linkEmptyHeading: 'This link contains no answers',
	linkEmpty:
		'This page is opened from a share link. If you were sent a link, check that you copied all of it, including the part after “#”.',
	linkTruncatedHeading: 'The link has been cut off',
	linkTruncated:
		'Only part of the link seems to have been copied. Select the whole link in the email or chat and copy it again, or ask the sender to send it again.',
	linkTamperedHeading: 'The link is damaged or has been changed',
	linkTampered:
		'To avoid showing wrong results, this link has not been opened. Ask the sender to create a new share link and send it again.',
	linkVersionHeading: 'This link was made with another version of the questions',
	linkVersion: (linkVersion: string, currentVersion: string) =>
		`The link was made with question version ${linkVersion}, but the check now uses version ${currentVersion}. Its answers cannot be read reliably, so no results are shown. Ask the sender to open their results in the current check and create a new share link.`,
	linkQuestionsChanged:
		'The questions have been updated since the link was made, so its answers cannot be read reliably and no results are shown. Ask the sender to open their results in the current check and create a new share link.',
	linkFormat:
		'This link was made in a format this check cannot read. Ask the sender to create a new share link in the current check.',
	linkMalformedHeading: 'This is not a readable share link',
	linkMalformed:
		'It is not a share link of this check, or some characters have changed. Ask the sender to send the share link again.',
	linkOwnCheck: 'To check your own customer-success practice, start here.',
	startOwn: 'Start the check',

	adoptHeading: 'Use these answers as your own',
	adoptLead:
		'Save these answers in this browser to change them and check again, or to download the results.',
	adoptButton: 'Save these answers as mine',
	adoptConfirm:
		'This browser already has saved answers. Replace them with the shared answers? Your current answers cannot be restored afterwards.',
	adoptConfirmButton: 'Replace and save',
	cancel: 'Cancel',
	adoptCancelled: 'Nothing was saved. The answers in this browser are unchanged.',
	adoptDone: 'The answers have been saved in this browser.',
	toReview: 'Review or change the answers',

	shareHeading: 'Share the results',
	shareLead:
		'The share link contains your answers: anyone who has it can see these results and answers. The answers are in the part of the link after “#”, so they are not sent to a server when the link is opened.',
	copyLink: 'Copy share link',
	copied: 'The share link has been copied.',
	copyFailed:
		'The share link could not be copied automatically. Select the link below and copy it.',
	linkFieldLabel: 'Share link',

	compareHeading: 'Compare with an earlier result',
	compareLead:
		'Choose the JSON file of a result you downloaded earlier to see how each area has changed. The file is read in this browser only; it is not sent to a server, and your current answers do not change.',
	compareFileLabel: 'JSON file of the earlier result',
	compareCaption: 'Earlier and current results',
	compareCaptionDated: (date: string) => `Earlier result (${date}) and current result`,
	compareItem: 'Area',
	comparePrevious: 'Earlier',
	compareCurrent: 'Now',
	compareDelta: 'Change',
	overallRow: 'Overall maturity',
	patternRow: 'Pattern match with effect-felt companies',
	noScore: 'not answered',
	percent: (value: string) => `${value}%`,
	score: (value: string) => `${value} points`,
	scoreChange: (signed: string) => `${signed} points`,
	percentChange: (signed: string) => `${signed} percentage points`,
	compareNote:
		'The earlier answers are scored again with the current method, so only changes in the answers show. Scores are 0–100; the change in the pattern match is in percentage points.',
	compareVersion: (fileVersion: string, currentVersion: string, count: number) =>
		`The earlier file was made with question version ${fileVersion} (now ${currentVersion}). ${count === 1 ? '1 answer that no longer fits the questions is' : `${count} answers that no longer fit the questions are`} left out of the comparison.`,
	compareDone: (fileName: string) => `Showing the comparison with the result in “${fileName}”.`,
	clearCompare: 'Close the comparison'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
