/**
 * `npm run bench`: builds (the npm script does), starts the production server on a free
 * loopback port, runs every measurement of scripts/bench/index.ts and prints each figure with
 * its budget and PASS or FAIL. The figures are also written to bench-results/latest.json.
 *
 *   npm run bench                          everything
 *   npm run bench -- --only js,fonts       some measurements (ids: js, fonts, throughput, lighthouse)
 *   npx tsx scripts/bench.ts --only js     without rebuilding
 *   npx tsx scripts/bench.ts --build dir   serve another copy of the build (default: build)
 *
 * The exit code is non-zero only when a measurement could not be made; a missed budget is
 * printed as FAIL (and counted in the last line), not turned into an error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './bench/browser.ts';
import { measurements } from './bench/index.ts';
import { startServer } from './bench/server.ts';
import type { Budget, Figure } from './bench/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	if (index !== -1) return process.argv[index + 1];
	return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const budgetText = (budget: Budget | undefined, unit: string) =>
	budget ? `${budget.kind === 'max' ? '≤' : '≥'} ${budget.limit}${unit ? ' ' + unit : ''}` : '—';

function valueText(figure: Figure): string {
	if (figure.value === null) return '—';
	return `${figure.value}${figure.unit ? ' ' + figure.unit : ''}`;
}

function printTable(title: string, figures: Figure[]): void {
	console.log(`\n${title}`);
	const rows = figures.map((figure) => [
		figure.status,
		figure.label,
		valueText(figure),
		`budget ${budgetText(figure.budget, figure.unit)}`
	]);
	const widths = [4, 0, 0].map((min, column) =>
		Math.max(min, ...rows.map((row) => row[column]!.length))
	);
	figures.forEach((figure, index) => {
		const row = rows[index]!;
		console.log(
			`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padStart(widths[2]!)}   ${row[3]}`
		);
		if (figure.note) console.log(`  ${' '.repeat(widths[0]!)}  └ ${figure.note}`);
	});
}

async function main(): Promise<number> {
	const only = option('only')
		?.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const unknown = only?.filter((id) => !measurements.some((m) => m.id === id)) ?? [];
	if (unknown.length) {
		console.error(
			`unknown measurement ${unknown.join(', ')}; known: ${measurements.map((m) => m.id).join(', ')}`
		);
		return 2;
	}
	const selected = only ? measurements.filter((m) => only.includes(m.id)) : measurements;

	const log = (message: string) => console.error(`· ${message}`);
	log('starting the production server (node build)');
	const server = await startServer(root, { buildDir: option('build') ?? 'build' });
	log(`serving on ${server.baseUrl}`);

	const results: { id: string; title: string; figures: Figure[]; error?: string }[] = [];
	try {
		for (const measurement of selected) {
			const started = Date.now();
			try {
				const figures = await measurement.run({ baseUrl: server.baseUrl, launchBrowser, log });
				results.push({ id: measurement.id, title: measurement.title, figures });
				printTable(measurement.title, figures);
			} catch (error) {
				const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
				results.push({ id: measurement.id, title: measurement.title, figures: [], error: message });
				console.log(`\n${measurement.title}\n  ERROR  ${message}`);
			}
			log(`${measurement.id} took ${Math.round((Date.now() - started) / 1000)} s`);
		}
	} finally {
		await server.stop();
	}

	const figures = results.flatMap((result) => result.figures);
	const count = (status: Figure['status']) => figures.filter((f) => f.status === status).length;
	const errors = results.filter((result) => result.error);

	const out = join(root, 'bench-results', 'latest.json');
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(
		out,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				node: process.version,
				results: results.map(({ id, title, figures, error }) => ({ id, title, error, figures }))
			},
			null,
			2
		) + '\n'
	);

	console.log(
		`\n${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped` +
			`, ${count('INFO')} for information${errors.length ? `, ${errors.length} measurement errors` : ''}` +
			` — ${out}`
	);
	const missed = figures.filter((figure) => figure.status === 'FAIL');
	if (missed.length) {
		console.log(`BUDGETS MISSED: ${missed.map((f) => `${f.label} = ${valueText(f)}`).join('; ')}`);
	}
	return errors.length ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
