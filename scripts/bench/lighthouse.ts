/**
 * (d) Lighthouse 12 (mobile settings: the default config, emulated phone and simulated slow 4G)
 * in Debian's Chromium, on the start, questionnaire and results pages (the last both empty, as a
 * first visit finds it, and with a complete result from a share link): performance at least 95,
 * accessibility 100, best practices 100. Each page is audited in Japanese and in English (the
 * browser's Accept-Language picks the page's language, as on a first visit), for a visitor with a
 * Japanese system font and for one without (see VISITORS). Each category figure is the median of
 * LIGHTHOUSE_RUNS runs (default 3; scores vary by a few points from run to run) and lists the
 * audits that cost points. Scores, performance above all, depend on how busy the machine is: run
 * it on a quiet one.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchOptions } from './browser.ts';
import { localJapaneseFont } from './local-japanese-font.ts';
import { allPages } from './pages.ts';
import { pageStatus } from './server.ts';
import { median } from './stats.ts';
import { judged, skipped, type BenchContext, type Figure, type Measurement } from './types.ts';

const CATEGORIES = [
	{ id: 'performance', label: 'performance', budget: 95 },
	{ id: 'accessibility', label: 'accessibility', budget: 100 },
	{ id: 'best-practices', label: 'best practices', budget: 100 }
] as const;

interface Run {
	scores: Record<string, number>;
	/** Per category: the audits that cost points, with the value Lighthouse displays. */
	lost: Record<string, { audit: string; value: string }[]>;
	metrics: Record<string, number | undefined>;
}

/** The page languages, as a browser asks for them on a first visit. */
const LANGUAGES = [
	{ id: 'ja', acceptLanguage: 'ja-JP,ja;q=0.9' },
	{ id: 'en', acceptLanguage: 'en-US,en;q=0.9' }
] as const;

async function audit(url: string, port: number, acceptLanguage: string): Promise<Run> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES.map((category) => category.id),
		extraHeaders: { 'Accept-Language': acceptLanguage }
	});
	if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
	const scores: Record<string, number> = {};
	const lost: Run['lost'] = {};
	for (const { id } of CATEGORIES) {
		const category = lhr.categories[id];
		if (!category || category.score === null) throw new Error(`lighthouse: no ${id} score`);
		scores[id] = Math.round(category.score * 100);
		lost[id] = category.auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a && a.score !== null && a.score < 1)
			.map((a) => ({
				audit: a!.id,
				value: a!.displayValue ?? String(Math.round((a!.score ?? 0) * 100))
			}));
	}
	const metric = (id: string) => lhr.audits[id]?.numericValue;
	return {
		scores,
		lost,
		metrics: {
			fcpMs: metric('first-contentful-paint'),
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift')
		}
	};
}

/**
 * The two kinds of visitor the fonts are built for: one whose system has a Japanese font (every
 * Mac, Windows PC and iPhone; simulated here by installing Noto Sans JP for the browser), for whom
 * no font file is downloaded, and one without (this machine as it is), for whom the page loads
 * the self-hosted web font (src/detect-japanese-font.js).
 */
const VISITORS = [
	{ id: 'local-font', label: 'Japanese system font' },
	{ id: 'web-font', label: 'no Japanese font' }
] as const;

async function withChrome<T>(
	envVars: Record<string, string>,
	use: (port: number) => Promise<T>
): Promise<T> {
	const chrome = await chromeLauncher.launch({
		chromePath: launchOptions.executablePath ?? '/usr/bin/chromium',
		// --hide-scrollbars, as Puppeteer launches headless Chrome. Without it, the traces show the
		// emulated phone's overlay scrollbar animating on the compositor thread while the new page
		// is not yet shown; then no frame reaches the page for a second, as when viz throttles a
		// client with more than three undrawn frames to one frame a second. That held Lighthouse's
		// observed first paint back to ~1.25 or ~2.25 s in about half the runs (a two-line page as
		// much as ours; none of 18 runs with the flag), and moved script work out of blocking time.
		chromeFlags: ['--headless=new', '--hide-scrollbars', ...(launchOptions.args ?? [])],
		envVars: { ...(process.env as Record<string, string>), ...envVars },
		logLevel: 'silent'
	});
	try {
		return await use(chrome.port);
	} finally {
		await chrome.kill();
	}
}

export const lighthouseScores: Measurement = {
	id: 'lighthouse',
	title: 'Lighthouse (mobile)',
	async run({ baseUrl, log }: BenchContext): Promise<Figure[]> {
		const runs = Math.max(1, Math.min(5, Number(process.env.LIGHTHOUSE_RUNS) || 3));
		const figures: Figure[] = [];
		const local = localJapaneseFont();
		try {
			for (const visitor of VISITORS) {
				if (visitor.id === 'local-font' && !local) {
					figures.push(
						skipped(
							'lighthouse.local-font',
							'Lighthouse with a Japanese system font',
							'@expo-google-fonts/noto-sans-jp is not installed, so no local font can be simulated'
						)
					);
					continue;
				}
				const env = visitor.id === 'local-font' && local ? local.env : {};
				await withChrome(env, async (port) => {
					for (const language of LANGUAGES) {
						for (const target of allPages) {
							// Lighthouse clears storage before it loads a page: a page that needs answers
							// is audited as a first-time visitor sees it.
							const path = target.path.replace(/#.*/, '#…');
							const label = (category: string) =>
								`Lighthouse ${category}, ${target.label} (${path}), ${language.id}, ${visitor.label}`;
							const id = `${visitor.id}.${language.id}.${target.id}`;
							if ((await pageStatus(baseUrl, target.path)) === 404) {
								for (const category of CATEGORIES) {
									figures.push(
										skipped(
											`lighthouse.${id}.${category.id}`,
											label(category.label),
											'not built yet'
										)
									);
								}
								continue;
							}
							const results: Run[] = [];
							for (let i = 0; i < runs; i += 1) {
								log(
									`lighthouse: ${path}, ${language.id}, ${visitor.label} (run ${i + 1} of ${runs})`
								);
								results.push(await audit(baseUrl + target.path, port, language.acceptLanguage));
							}
							for (const category of CATEGORIES) {
								figures.push(figureOf(results, category, id, label(category.label)));
							}
						}
					}
				});
			}
		} finally {
			local?.dispose();
		}
		return figures;
	}
};

function figureOf(
	results: Run[],
	category: (typeof CATEGORIES)[number],
	id: string,
	label: string
): Figure {
	const scores = results.map((run) => run.scores[category.id]!);
	const score = median(scores);
	// The spread, when there is one: a median near the budget may pass or fail on noise alone.
	const spread = new Set(scores).size > 1 ? `runs ${scores.join(' / ')}` : '';
	// Each audit that cost points once, with its value in every run that lost points on it.
	const byAudit = new Map<string, string[]>();
	for (const { audit, value } of results.flatMap((run) => run.lost[category.id] ?? [])) {
		byAudit.set(audit, [...(byAudit.get(audit) ?? []), value]);
	}
	const lost = [...byAudit].map(([audit, values]) => `${audit} (${values.join(' / ')})`);
	// Each timing's own median: the runs' timings, like their scores, vary.
	const metrics = Object.fromEntries(
		Object.keys(results[0]!.metrics).map((key) => [
			key,
			median(results.map((run) => run.metrics[key] ?? 0))
		])
	);
	const timings =
		category.id === 'performance'
			? `median FCP ${Math.round(metrics.fcpMs ?? 0)} ms, LCP ${Math.round(metrics.lcpMs ?? 0)} ms, TBT ${Math.round(metrics.tbtMs ?? 0)} ms, CLS ${(metrics.cls ?? 0).toFixed(3)}`
			: '';
	return judged({
		id: `lighthouse.${id}.${category.id}`,
		label,
		value: score,
		unit: '',
		budget: { limit: category.budget, kind: 'min' },
		note: [spread, timings, lost.length ? `lost: ${lost.join(', ')}` : '']
			.filter(Boolean)
			.join('; '),
		details: { runs: scores, lost, metrics }
	});
}
