/**
 * Scores an answers file and prints the full result as JSON.
 *   npm run score -- answers.json
 * The file is { "questionSet": "<version>", "answers": { "<questionId>": "<optionId>" | [...] } }.
 * Exit status 2, with a message naming each problem, when the file is invalid or does not match
 * the current question set.
 */
import { readFileSync } from 'node:fs';
import { describeProblem, checkAnswerSet } from '../src/lib/domain/questionnaire';
import { answersFile } from '../src/lib/domain/schema';
import { score } from '../src/lib/domain/scoring';
import { loadContent } from '../src/lib/server/content/load';

function fail(lines: string[]): never {
	console.error(lines.join('\n'));
	process.exit(2);
}

const path = process.argv[2];
if (!path) fail(['Usage: npm run score -- <answers.json>']);

let text: string;
try {
	text = readFileSync(path, 'utf8');
} catch (error) {
	fail([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
}

let data: unknown;
try {
	data = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (error) {
	fail([`${path}: not valid JSON — ${(error as Error).message}`]);
}

const parsed = answersFile.safeParse(data);
if (!parsed.success) {
	fail([
		`${path}: not an answers file. Expected { "questionSet": "…", "answers": { "<questionId>": "<optionId>" | ["<optionId>", …] } }`,
		...parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`)
	]);
}

const content = loadContent();
const problems = checkAnswerSet(content, parsed.data.questionSet, parsed.data.answers);
if (problems.length) {
	fail([
		`${path}: ${problems.length} problem(s):`,
		...problems.map((p) => `  ${describeProblem(p)}`)
	]);
}

console.log(JSON.stringify(score(content, parsed.data.answers), null, 2));
