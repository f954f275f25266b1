/**
 * Serves the validated content as virtual modules, so a broken question or benchmark file fails
 * `vite build`, `vite dev` and vitest with the loader's message:
 * - `virtual:questions`: the question set only (version and dimensions), for the quiz pages;
 * - `virtual:content`: everything, including benchmark figures and recommendations.
 */
import type { Plugin } from 'vite';
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
			if (name === 'virtual:questions') {
				return `export default ${JSON.stringify({ version, dimensions })};`;
			}
			// The results page needs both modules: the questions are shipped once, not twice.
			return [
				`import questions from 'virtual:questions';`,
				`export default { ...questions, ...${JSON.stringify(rest)} };`
			].join('\n');
		},
		buildStart() {
			// Fail before anything else is built.
			loadContent(dir);
		}
	};
}
