/**
 * Taking answers along and bringing them back: the share link and its page, the comparison with
 * an earlier result (前回比), and the import of an answers file on the start page.
 */
import type { Widen } from '../types';

export const ja = {
	// The share page
	sharedTitle: '共有された診断結果',
	sharedLead:
		'この結果は、共有リンクに含まれている回答から計算しています。回答はこのブラウザの中で読み取るだけで、サーバーには送信されません。',
	reading: '共有リンクを読み込んでいます…',
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
	fileHelp:
		'この診断の結果ページからダウンロードしたJSONファイル（拡張子 .json）を選んでください。',
	dropHere: 'ここにファイルをドラッグ＆ドロップすることもできます。',
	readingFile: 'ファイルを読み込んでいます…',
	compareCaption: '前回と今回の比較',
	compareCaptionDated: (date: string) => `前回（${date}）と今回の比較`,
	compareItem: '項目',
	comparePrevious: '前回',
	compareCurrent: '今回',
	compareDelta: '前回比',
	overallRow: '総合成熟度',
	patternRow: '効果実感層とのパターン一致度',
	noScore: '回答なし',
	points: (value: string) => `${value}ポイント`,
	percent: (value: string) => `${value}%`,
	score: (value: string) => `${value}点`,
	deltaUp: (value: string) => `+${value}ポイント`,
	deltaDown: (value: string) => `−${value}ポイント`,
	deltaSame: '±0ポイント',
	compareNote:
		'前回の回答を現在の採点方法で計算し直して比較しています。点数は0〜100点、パターン一致度の差は％ポイントです。',
	compareVersion: (fileVersion: string, currentVersion: string, count: number) =>
		`前回のファイルは質問バージョン ${fileVersion} で作成されています（現在は ${currentVersion}）。現在の質問に合わない${count}件の回答は比較に含めていません。`,
	compareDone: '前回の結果との比較を表示しました。',
	clearCompare: '比較を閉じる',

	// Import on the start page
	importHeading: '保存した回答を読み込む',
	importLead:
		'以前にダウンロードした結果のJSONファイルから、回答を復元できます。ファイルはこのブラウザの中で読み取るだけで、サーバーには送信されません。',
	importFileLabel: '回答のJSONファイル',
	importConfirm: (count: number) =>
		`このブラウザにはすでに回答が保存されています。ファイルの${count}件の回答で置き換えますか？置き換えた後は元の回答に戻せません。`,
	importConfirmButton: '置き換えて読み込む',
	importCancelled: '読み込みを取り消しました。ブラウザに保存されている回答は変更していません。',
	importDone: (count: number) => `${count}件の回答を読み込みました。`,
	importOlderVersion: (fileVersion: string, currentVersion: string) =>
		`このファイルは質問バージョン ${fileVersion} で作成されています（現在は ${currentVersion}）。現在の質問に合う回答だけを読み込みました。`,
	droppedHeading: (count: number) => `読み込まなかった回答（${count}件）`,
	droppedUnknown: (questionId: string) => `質問「${questionId}」：現在の診断にはない質問です`,
	droppedInvalid: (question: string) => `「${question}」：選択肢が現在の質問と合いません`,
	droppedHidden: (question: string) => `「${question}」：ほかの回答により表示されない質問です`,
	answerAgain: '必要に応じて、該当する質問に改めて回答してください。',
	continueToReview: '読み込んだ回答を確認する',

	// Problems with a picked file (import and compare)
	fileErrorHeading: 'ファイルを読み込めませんでした',
	fileTooLarge: (limit: string) =>
		`ファイルが大きすぎます（上限 ${limit}）。この診断でダウンロードしたJSONファイルを選んでください。`,
	fileEmpty: 'ファイルが空です。この診断でダウンロードしたJSONファイルを選んでください。',
	fileNotJson:
		'JSON形式のファイルとして読み取れませんでした。この診断でダウンロードしたJSONファイル（拡張子 .json）を選んでください。',
	fileNotAnswers:
		'このファイルには診断の回答が含まれていません。この診断でダウンロードしたJSONファイルを選んでください。',
	fileInvalid: 'ファイルの形式が正しくありません。次の項目を確認してください。',
	fileInvalidItem: (path: string) => `「${path}」の値が正しくありません`,
	fileNoUsableAnswers: (fileVersion: string) =>
		`このファイル（質問バージョン ${fileVersion}）には、現在の質問に合う回答がありませんでした。`,
	fileReadError: 'ファイルを読み込めませんでした。もう一度選び直してください。',
	fileOneOnly: 'ファイルは1つだけ選んでください。',
	answersKept: 'ブラウザに保存されている回答は変更していません。'
} as const;

export const en: Widen<typeof ja> = {
	sharedTitle: 'Shared results',
	sharedLead:
		'These results are calculated from the answers in the share link. The answers are read in this browser only and are not sent to a server.',
	reading: 'Reading the share link…',
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
	fileHelp: 'Choose a JSON file (.json) downloaded from the results page of this check.',
	dropHere: 'You can also drag and drop the file here.',
	readingFile: 'Reading the file…',
	compareCaption: 'Earlier and current results',
	compareCaptionDated: (date: string) => `Earlier result (${date}) and current result`,
	compareItem: 'Area',
	comparePrevious: 'Earlier',
	compareCurrent: 'Now',
	compareDelta: 'Change',
	overallRow: 'Overall maturity',
	patternRow: 'Pattern match with effect-felt companies',
	noScore: 'not answered',
	points: (value: string) => `${value} points`,
	percent: (value: string) => `${value}%`,
	score: (value: string) => `${value} points`,
	deltaUp: (value: string) => `+${value} points`,
	deltaDown: (value: string) => `−${value} points`,
	deltaSame: '±0 points',
	compareNote:
		'The earlier answers are scored again with the current method, so only changes in the answers show. Scores are 0–100; the change in the pattern match is in percentage points.',
	compareVersion: (fileVersion: string, currentVersion: string, count: number) =>
		`The earlier file was made with question version ${fileVersion} (now ${currentVersion}). ${count === 1 ? '1 answer that no longer fits the questions is' : `${count} answers that no longer fit the questions are`} left out of the comparison.`,
	compareDone: 'The comparison with the earlier result is shown.',
	clearCompare: 'Close the comparison',

	importHeading: 'Load saved answers',
	importLead:
		'Restore your answers from the JSON file of a result you downloaded earlier. The file is read in this browser only and is not sent to a server.',
	importFileLabel: 'JSON file with your answers',
	importConfirm: (count: number) =>
		`This browser already has saved answers. Replace them with the ${count === 1 ? '1 answer' : `${count} answers`} in the file? Your current answers cannot be restored afterwards.`,
	importConfirmButton: 'Replace and load',
	importCancelled: 'Nothing was loaded. The answers in this browser are unchanged.',
	importDone: (count: number) =>
		count === 1 ? '1 answer has been loaded.' : `${count} answers have been loaded.`,
	importOlderVersion: (fileVersion: string, currentVersion: string) =>
		`This file was made with question version ${fileVersion} (now ${currentVersion}). Only the answers that fit the current questions have been loaded.`,
	droppedHeading: (count: number) =>
		count === 1 ? '1 answer not loaded' : `${count} answers not loaded`,
	droppedUnknown: (questionId: string) => `Question “${questionId}”: no longer part of the check`,
	droppedInvalid: (question: string) => `“${question}”: the answer options have changed`,
	droppedHidden: (question: string) => `“${question}”: not shown for your other answers`,
	answerAgain: 'Answer those questions again where they apply.',
	continueToReview: 'Review the loaded answers',

	fileErrorHeading: 'The file could not be loaded',
	fileTooLarge: (limit: string) =>
		`The file is too large (the limit is ${limit}). Choose a JSON file downloaded from this check.`,
	fileEmpty: 'The file is empty. Choose a JSON file downloaded from this check.',
	fileNotJson:
		'The file could not be read as JSON. Choose a JSON file (.json) downloaded from this check.',
	fileNotAnswers:
		'The file does not contain answers to this check. Choose a JSON file downloaded from this check.',
	fileInvalid: 'The file is not in the expected format. Check these entries:',
	fileInvalidItem: (path: string) => `“${path}” has a value that is not valid`,
	fileNoUsableAnswers: (fileVersion: string) =>
		`None of the answers in this file (question version ${fileVersion}) fit the current questions.`,
	fileReadError: 'The file could not be read. Please choose it again.',
	fileOneOnly: 'Choose only one file.',
	answersKept: 'The answers saved in this browser have not been changed.'
};
