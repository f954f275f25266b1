/**
 * What is said once an answers file has been read: why it cannot be used, what was loaded and
 * what was left out. On the start page it loads with the components that show it, once a file is
 * picked; the results page's comparison loads it with the page.
 */
import type { Widen } from '../types';

export const ja = {
	importCancelled: '読み込みを取り消しました。ブラウザに保存されている回答は変更していません。',
	importDone: (count: number) => `${count}件の回答を読み込みました。`,
	importOlderVersion: (fileVersion: string, currentVersion: string) =>
		`このファイルは質問バージョン ${fileVersion} で作成されています（現在は ${currentVersion}）。現在の質問に合う回答だけを読み込みました。`,
	droppedHeading: (count: number) => `読み込まなかった回答（${count}件）`,
	droppedUnknown: (questionId: string) => `質問「${questionId}」：現在の診断にはない質問です`,
	droppedInvalid: (question: string) => `「${question}」：選択肢が現在の質問と合いません`,
	droppedUnknownOptions: (question: string, optionIds: readonly string[]) =>
		`「${question}」：選択肢${optionIds.map((id) => `「${id}」`).join('')}は現在の質問にありません`,
	droppedHidden: (question: string) => `「${question}」：ほかの回答により表示されない質問です`,
	answerAgain: '必要に応じて、該当する質問に改めて回答してください。',
	continueToReview: '読み込んだ回答を確認する',
	fileErrorHeading: 'ファイルを読み込めませんでした',
	fileTooLarge: (limit: string) =>
		`ファイルが大きすぎます（上限 ${limit}）。この診断でダウンロードしたJSONファイルを選んでください。`,
	fileEmpty: 'ファイルが空です。この診断でダウンロードしたJSONファイルを選んでください。',
	fileNotJson:
		'JSON形式のファイルとして読み取れませんでした。この診断でダウンロードしたJSONファイル（拡張子 .json）を選んでください。',
	fileNotAnswers:
		'このファイルには診断の回答が含まれていません。この診断でダウンロードしたJSONファイルを選んでください。',
	fileInvalid: 'ファイルの形式が正しくありません。次の項目を確認してください。',
	fileInvalidQuestionSet: (path: string, expected: string) =>
		`「${path}」：質問バージョンを文字列で書いてください（現在の質問は「${expected}」）`,
	fileInvalidAnswers: (path: string) =>
		`「${path}」：質問IDと回答の組（JSONのオブジェクト）で書いてください`,
	fileInvalidQuestionId: (path: string) =>
		`「${path}」：質問IDは英小文字で始め、英小文字・数字・_ で書いてください（例：business_model）`,
	fileInvalidAnswer: (path: string, question?: string) =>
		`${question ? `「${question}」（${path}）` : `「${path}」`}：回答は選択肢のID（文字列）か、選択肢IDの一覧（配列）で書いてください`,
	fileInvalidItem: (path: string) => `「${path}」の値が正しくありません`,
	fileNoUsableAnswers: (fileVersion: string) =>
		`このファイル（質問バージョン ${fileVersion}）には、現在の質問に合う回答がありませんでした。`,
	fileReadError: 'ファイルを読み込めませんでした。もう一度選び直してください。',
	fileOneOnly: 'ファイルは1つだけ選んでください。',
	answersKept: 'ブラウザに保存されている回答は変更していません。'
} as const;

export const en: Widen<typeof ja> = {
	importCancelled: 'Nothing was loaded. The answers in this browser are unchanged.',
	importDone: (count: number) =>
		count === 1 ? '1 answer has been loaded.' : `${count} answers have been loaded.`,
	importOlderVersion: (fileVersion: string, currentVersion: string) =>
		`This file was made with question version ${fileVersion} (now ${currentVersion}). Only the answers that fit the current questions have been loaded.`,
	droppedHeading: (count: number) =>
		count === 1 ? '1 answer not loaded' : `${count} answers not loaded`,
	droppedUnknown: (questionId: string) => `Question “${questionId}”: no longer part of the check`,
	droppedInvalid: (question: string) => `“${question}”: the answer options have changed`,
	droppedUnknownOptions: (question: string, optionIds: readonly string[]) =>
		`“${question}”: the current question has no option ${optionIds.map((id) => `“${id}”`).join(', ')}`,
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
	fileInvalidQuestionSet: (path: string, expected: string) =>
		`“${path}”: write the question version as text (the current questions are “${expected}”)`,
	fileInvalidAnswers: (path: string) =>
		`“${path}”: write the answers as a JSON object of question ids and answers`,
	fileInvalidQuestionId: (path: string) =>
		`“${path}”: a question id starts with a lower-case letter and has only lower-case letters, digits and _ (e.g. business_model)`,
	fileInvalidAnswer: (path: string, question?: string) =>
		`${question ? `“${question}” (${path})` : `“${path}”`}: write the answer as an option id (text) or a list of option ids (an array)`,
	fileInvalidItem: (path: string) => `“${path}” has a value that is not valid`,
	fileNoUsableAnswers: (fileVersion: string) =>
		`None of the answers in this file (question version ${fileVersion}) fit the current questions.`,
	fileReadError: 'The file could not be read. Please choose it again.',
	fileOneOnly: 'Choose only one file.',
	answersKept: 'The answers saved in this browser have not been changed.'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
