/**
 * Picking an answers file: what the import on the start page and the file picker (shared with the
 * comparison on the results page) show before a file is read. What is said after reading it is
 * in file-results.ts, loaded only then.
 */
import type { Widen } from '../types';

export const ja = {
	loadFailed: 'この表示に必要なファイルを読み込めませんでした。ページを再読み込みしてください。',
	cancel: 'キャンセル',
	fileHelp:
		'この診断の結果ページからダウンロードしたJSONファイル（拡張子 .json）を選んでください。',
	dropHere: 'ここにファイルをドラッグ＆ドロップすることもできます。',
	readingFile: 'ファイルを読み込んでいます…',
	importHeading: '保存した回答を読み込む',
	importLead:
		'以前にダウンロードした結果のJSONファイルから、回答を復元できます。ファイルはこのブラウザの中で読み取るだけで、サーバーには送信されません。',
	importFileLabel: '回答のJSONファイル',
	importConfirm: (count: number) =>
		`このブラウザにはすでに回答が保存されています。ファイルの${count}件の回答で置き換えますか？置き換えた後は元の回答に戻せません。`,
	importConfirmButton: '置き換えて読み込む'
} as const;

export const en: Widen<typeof ja> = {
	loadFailed: 'Part of this page could not be loaded. Please reload the page.',
	cancel: 'Cancel',
	fileHelp: 'Choose a JSON file (.json) downloaded from the results page of this check.',
	dropHere: 'You can also drag and drop the file here.',
	readingFile: 'Reading the file…',
	importHeading: 'Load saved answers',
	importLead:
		'Restore your answers from the JSON file of a result you downloaded earlier. The file is read in this browser only and is not sent to a server.',
	importFileLabel: 'JSON file with your answers',
	importConfirm: (count: number) =>
		`This browser already has saved answers. Replace them with the ${count === 1 ? '1 answer' : `${count} answers`} in the file? Your current answers cannot be restored afterwards.`,
	importConfirmButton: 'Replace and load'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
