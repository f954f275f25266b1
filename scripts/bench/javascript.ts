/**
 * (a) JavaScript transferred on a first load (empty cache): every script response of the page,
 * counted at its gzip size (the body compressed here with zlib at level 9, whatever encoding
 * the server chose, so the figure does not depend on brotli support) and at the bytes actually
 * transferred. Budgets: the start page and a questionnaire page together at most 60 KB gzip (the
 * distinct files of both loads: what a visitor downloads for the two); the results page,
 * chart.js included, at most 150 KB gzip.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { pageStatus } from './server.ts';
import { questionnairePage, resultsPage, startPage, type BenchPage } from './pages.ts';
import { judged, skipped, type BenchContext, type Figure, type Measurement } from './types.ts';
import { kb } from './stats.ts';

interface Script {
	url: string;
	gzip: number;
	transferred: number;
	raw: number;
}

function isScript(response: Response): boolean {
	const type = response.headers()['content-type'] ?? '';
	return response.request().resourceType() === 'script' || /javascript/.test(type);
}

export async function scriptsOnFirstLoad(
	browser: Browser,
	baseUrl: string,
	target: BenchPage
): Promise<{ scripts: Script[]; finalPath: string }> {
	const context = await browser.newContext({ locale: 'ja-JP' });
	try {
		const page = await context.newPage();
		await target.prepare?.(page);
		const pending: Promise<Script | undefined>[] = [];
		page.on('response', (response) => {
			if (!isScript(response) || response.status() !== 200) return;
			pending.push(
				(async () => {
					const body = await response.body();
					const sizes = await response.request().sizes();
					return {
						url: response.url(),
						raw: body.length,
						gzip: gzipSync(body, { level: 9 }).length,
						transferred: sizes.responseBodySize
					};
				})().catch(() => undefined)
			);
		});
		await page.goto(baseUrl + target.path, { waitUntil: 'networkidle', timeout: 30_000 });
		await target.settled?.(page);
		const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== undefined);
		return { scripts, finalPath: new URL(page.url()).pathname };
	} finally {
		await context.close();
	}
}

const sum = (scripts: Script[], key: 'gzip' | 'transferred' | 'raw') =>
	scripts.reduce((total, script) => total + script[key], 0);

function distinct(scripts: Script[]): Script[] {
	return [...new Map(scripts.map((script) => [script.url, script])).values()];
}

function describe(scripts: Script[]): string {
	return `${scripts.length} files, ${kb(sum(scripts, 'transferred'))} KB as transferred, ${kb(sum(scripts, 'raw'))} KB uncompressed`;
}

export const javascript: Measurement = {
	id: 'js',
	title: 'JavaScript on first load (gzip)',
	async run({ baseUrl, launchBrowser, log }: BenchContext): Promise<Figure[]> {
		const figures: Figure[] = [];
		const browser = await launchBrowser();
		try {
			const loaded = new Map<string, Script[]>();
			for (const target of [startPage, questionnairePage, resultsPage]) {
				const status = await pageStatus(baseUrl, target.path);
				if (status === 404) {
					figures.push(
						skipped(
							`js.${target.id}`,
							`JS, ${target.label} (${target.path})`,
							'not built yet',
							'KB'
						)
					);
					continue;
				}
				log(`js: loading ${target.path}`);
				const { scripts, finalPath } = await scriptsOnFirstLoad(browser, baseUrl, target);
				loaded.set(target.id, scripts);
				const redirected = finalPath !== target.path ? ` — ended on ${finalPath}` : '';
				const figure = {
					id: `js.${target.id}`,
					label: `JS, ${target.label} (${target.path})`,
					value: kb(sum(scripts, 'gzip')),
					unit: 'KB',
					note: describe(scripts) + redirected,
					details: scripts
				};
				figures.push(
					target === resultsPage
						? judged({ ...figure, budget: { limit: 150, kind: 'max' } })
						: { ...figure, status: 'INFO' }
				);
			}
			const start = loaded.get(startPage.id);
			const questionnaire = loaded.get(questionnairePage.id);
			if (start && questionnaire) {
				const both = distinct([...start, ...questionnaire]);
				figures.push(
					judged({
						id: 'js.start+questionnaire',
						label: 'JS, start + questionnaire pages together',
						value: kb(sum(both, 'gzip')),
						unit: 'KB',
						budget: { limit: 60, kind: 'max' },
						note: describe(both)
					})
				);
			} else {
				figures.push(
					skipped(
						'js.start+questionnaire',
						'JS, start + questionnaire pages together',
						'questionnaire page not built yet',
						'KB'
					)
				);
			}
		} finally {
			await browser.close();
		}
		return figures;
	}
};
