/** Reads the content folder (questions/ by default) from disk and validates it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import {
	ContentError,
	validateContent,
	type Content,
	type RawContent,
	type RawFile
} from '../../content/validate.ts';

const SPECIAL = new Set(['question-set.yaml', 'recommendations.yaml']);

function readYaml(path: string, root: string): RawFile {
	const shown = relative(root, path) || path;
	try {
		return { path: shown, data: parse(readFileSync(path, 'utf8')) };
	} catch (error) {
		throw new ContentError([`${shown}: cannot be read as YAML — ${(error as Error).message}`]);
	}
}

const yamlFiles = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith('.yaml') && !SPECIAL.has(name))
				.sort()
				.map((name) => join(dir, name))
		: [];

/** Every file the content is made of, so a dev server can watch them. */
export function contentFiles(dir = 'questions'): string[] {
	const root = resolve(dir);
	return [
		join(root, 'question-set.yaml'),
		join(root, 'recommendations.yaml'),
		...yamlFiles(root),
		...yamlFiles(join(root, 'benchmarks'))
	];
}

export function loadContent(dir = 'questions'): Content {
	const root = resolve(dir);
	const projectRoot = resolve(root, '..');
	for (const required of ['question-set.yaml', 'recommendations.yaml']) {
		if (!existsSync(join(root, required))) {
			throw new ContentError([
				`${relative(projectRoot, join(root, required))}: file is missing — every question set needs it`
			]);
		}
	}
	const raw: RawContent = {
		questionSet: readYaml(join(root, 'question-set.yaml'), projectRoot),
		recommendations: readYaml(join(root, 'recommendations.yaml'), projectRoot),
		dimensions: yamlFiles(root).map((path) => readYaml(path, projectRoot)),
		benchmarks: yamlFiles(join(root, 'benchmarks')).map((path) => readYaml(path, projectRoot))
	};
	return validateContent(raw);
}
