/** The review page (/review): every answer before the results, and what still needs attention. */
import type { Widen } from '../types';

export const ja = {
	reviewTitle: '回答の確認',
	reviewLead: '回答内容を確認してください。変更する場合は、各質問の「変更」を選んでください。',
	change: '変更',
	answerNow: '回答する',
	unanswered: '未回答',
	conflictsHeading: '食い違っている可能性のある回答があります',
	conflictsLead:
		'次の回答の組み合わせは、互いに食い違っている可能性があります。実態に合わせて、どちらかの回答を見直してください。食い違いがあっても結果は表示できます。',
	missingHeading: '回答されていない必須の質問があります',
	missingLead: '結果を表示するには、次の質問に回答してください。',
	reviewComplete: 'すべての必須の質問に回答しました。',
	seeResults: '診断結果を見る'
} as const;

export const en: Widen<typeof ja> = {
	reviewTitle: 'Review your answers',
	reviewLead: 'Check your answers. To change one, choose “Change” next to the question.',
	change: 'Change',
	answerNow: 'Answer',
	unanswered: 'Not answered',
	conflictsHeading: 'Some answers may contradict each other',
	conflictsLead:
		'These answers may not fit together. Change whichever one does not match how you work; they do not stop you seeing your results.',
	missingHeading: 'Some required questions have not been answered',
	missingLead: 'Answer these questions to see your results:',
	reviewComplete: 'You have answered every required question.',
	seeResults: 'See your results'
};

/** Both languages: `texts[locale]`. */
export const texts = { ja, en };
