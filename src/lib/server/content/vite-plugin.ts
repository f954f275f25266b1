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
			const content = loadContent(dir);
			const data =
				name === 'virtual:questions'
					? { version: content.version, dimensions: content.dimensions }
					: content;
			return `export default ${JSON.stringify(data)};`;
		},
		buildStart() {
			// Fail before anything else is built.
			loadContent(dir);
		}
	};
}
