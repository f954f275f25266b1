declare module 'virtual:content' {
	const content: import('$lib/content/validate').Content;
	export default content;
}

declare module 'virtual:questions' {
	const questions: import('$lib/content/validate').QuizQuestionSet;
	export default questions;
}
