/**
 * Serves the validated content as virtual modules, so a broken question or benchmark file fails
 * `vite build`, `vite dev` and vitest with the loader's message:
 * - `virtual:questions`: the question set as the questionnaire needs it (QuizQuestionSet: no
 *   points, evidence or figures), for the quiz pages;
 * - `virtual:content`: everything, including benchmark figures and recommendations.
 */
import type { Plugin } from 'vite';
import { splitScoring } from '../../content/scoring-split.ts';
import { contentFiles, loadContent } from './load.ts';

const MODULES = ['virtual:content', 'virtual:questions'];

export function contentPlugin(dir = 'questions'): Plugin {
	return {
		name: 'cs-content',
		resolveId(id) {
			return MODULES.includes(id) ? '\0' + id : undefined;
		},
		load(id) {
			if (!id.startsWith('\0virtual:')) return undefined;
			const name = id.slice(1);
			if (!MODULES.includes(name)) return undefined;
			for (const file of contentFiles(dir)) this.addWatchFile(file);
			const { version, dimensions, ...rest } = loadContent(dir);
			const { quiz, scoring } = splitScoring({ version, dimensions });
			if (name === 'virtual:questions') return `export default ${JSON.stringify(quiz)};`;
			// The results page needs both modules: the questions are shipped once, not twice, and
			// what scores them is joined back here.
			return [
				`import questions from 'virtual:questions';`,
				`import { joinScoring } from '$lib/content/scoring-split';`,
				`const { dimensions } = joinScoring(questions, ${JSON.stringify(scoring)});`,
				`export default { ...questions, dimensions, ...${JSON.stringify(rest)} };`
			].join('\n');
		},
		buildStart() {
			// Fail before anything else is built.
			loadContent(dir);
		}
	};
}
