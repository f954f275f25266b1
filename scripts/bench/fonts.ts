/**
 * (b) Font files a page downloads. With a Japanese font installed on the visitor's system, none
 * may be (budget: 0 files); without one (this machine), the page falls back to the self-hosted
 * 'Noto Sans JP Web', and the figure says which WOFF2 files it fetched and how much they weigh,
 * for the Japanese page and for the English one (these two need only the small file; an English
 * page that quotes Japanese, the methodology, needs the large one too).
 */
import type { Browser } from '@playwright/test';
import { localJapaneseFont } from './local-japanese-font.ts';
import { questionnairePage, startPage, type BenchPage } from './pages.ts';
import { pageStatus } from './server.ts';
import { kb } from './stats.ts';
import { judged, skipped, type BenchContext, type Figure, type Measurement } from './types.ts';

interface FontFile {
	url: string;
	bytes: number;
}

async function fontsOnFirstLoad(
	browser: Browser,
	baseUrl: string,
	target: BenchPage,
	locale: 'ja-JP' | 'en-US' = 'ja-JP'
): Promise<FontFile[]> {
	const context = await browser.newContext({ locale });
	try {
		const page = await context.newPage();
		await target.prepare?.(page);
		const pending: Promise<FontFile>[] = [];
		page.on('requestfinished', (request) => {
			if (request.resourceType() !== 'font' && !/\.(woff2?|ttf|otf)(\?|$)/.test(request.url()))
				return;
			pending.push(
				request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize }))
			);
		});
		await page.goto(baseUrl + target.path, { waitUntil: 'networkidle', timeout: 30_000 });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForLoadState('networkidle');
		return await Promise.all(pending);
	} finally {
		await context.close();
	}
}

const fileName = (url: string) => new URL(url).pathname.split('/').pop() ?? url;

export const fonts: Measurement = {
	id: 'fonts',
	title: 'Font files downloaded',
	async run({ baseUrl, launchBrowser, log }: BenchContext): Promise<Figure[]> {
		const figures: Figure[] = [];
		const targets: BenchPage[] = [];
		for (const target of [startPage, questionnairePage]) {
			if ((await pageStatus(baseUrl, target.path)) === 404) {
				figures.push(
					skipped(`fonts.${target.id}`, `fonts, ${target.label} (${target.path})`, 'not built yet')
				);
			} else {
				targets.push(target);
			}
		}

		const local = localJapaneseFont();
		if (!local) {
			figures.push(
				skipped(
					'fonts.local',
					'font files with a local Japanese font',
					'@expo-google-fonts/noto-sans-jp is not installed, so no local font can be simulated'
				)
			);
		} else {
			const browser = await launchBrowser({ env: { ...process.env, ...local.env } });
			try {
				for (const target of targets) {
					log(`fonts: ${target.path} with a local Japanese font`);
					const files = await fontsOnFirstLoad(browser, baseUrl, target);
					figures.push(
						judged({
							id: `fonts.local.${target.id}`,
							label: `font files, ${target.label}, local Japanese font installed`,
							value: files.length,
							unit: 'files',
							budget: { limit: 0, kind: 'max' },
							note: files.length
								? files.map((file) => fileName(file.url)).join(', ')
								: `the installed '${local.family}' was used`,
							details: files
						})
					);
				}
			} finally {
				await browser.close();
				local.dispose();
			}
		}

		const browser = await launchBrowser();
		try {
			for (const [target, language] of targets.flatMap((target) =>
				(['ja', 'en'] as const).map((language) => [target, language] as const)
			)) {
				log(`fonts: ${target.path} (${language}) without a local Japanese font`);
				const locale = language === 'ja' ? 'ja-JP' : 'en-US';
				const files = await fontsOnFirstLoad(browser, baseUrl, target, locale);
				const foreign = files.filter((file) => new URL(file.url).origin !== baseUrl);
				figures.push({
					// The Japanese page's id as before, so that earlier results still compare.
					id: `fonts.web.${target.id}${language === 'ja' ? '' : '.en'}`,
					label: `web font, ${target.label} (${language}), no local Japanese font`,
					value: kb(files.reduce((total, file) => total + file.bytes, 0)),
					unit: 'KB',
					status: foreign.length ? 'FAIL' : 'INFO',
					note:
						`${files.length} WOFF2 ${files.length === 1 ? 'file' : 'files'} (${files.map((file) => fileName(file.url)).join(', ') || '-'})` +
						(foreign.length
							? `; FROM ANOTHER ORIGIN: ${foreign.map((f) => f.url).join(', ')}`
							: ', all from our origin'),
					details: files.map((file) => ({ file: fileName(file.url), bytes: file.bytes }))
				});
			}
		} finally {
			await browser.close();
		}
		return figures;
	}
};
