/**
 * The download buttons on the results page, in Chromium: each one gives a real file (name, type,
 * content), the PDF through POST /api/report and the other three made in the browser without any
 * request, in the chosen language; the status is announced and a failure is shown.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkAnswerSet } from '../src/lib/domain/questionnaire.ts';
import { answersFile } from '../src/lib/domain/schema.ts';
import { score } from '../src/lib/domain/scoring.ts';
import { loadContent } from '../src/lib/server/content/load.ts';
import { minimalAnswers, storeAnswers } from './helpers/quiz.ts';

const content = loadContent();
const expected = score(content, minimalAnswers);
const FILE_NAME = /^cs-maturity-check-\d{4}-\d{2}-\d{2}\.(pdf|md|csv|json)$/;

type Format = 'pdf' | 'md' | 'csv' | 'json';

/** Records the type of every Blob the page turns into a download URL. */
async function recordBlobTypes(page: Page) {
	await page.addInitScript(() => {
		const original = URL.createObjectURL.bind(URL);
		const types: string[] = [];
		(window as unknown as { blobTypes: string[] }).blobTypes = types;
		URL.createObjectURL = (object: Blob | MediaSource) => {
			if (object instanceof Blob) types.push(object.type);
			return original(object);
		};
	});
}

const blobTypes = (page: Page) =>
	page.evaluate(() => (window as unknown as { blobTypes: string[] }).blobTypes);

async function openResults(page: Page) {
	await recordBlobTypes(page);
	await storeAnswers(page, minimalAnswers);
	await page.goto('/results');
	// The results page scores in the browser and draws its charts first: allow it some time.
	await expect(page.getByTestId('downloads')).toBeVisible({ timeout: 30_000 });
}

async function download(page: Page, format: Format) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-testid="downloads"] button[data-format="${format}"]`).click()
	]);
	const name = file.suggestedFilename();
	const bytes = readFileSync((await file.path())!);
	return { name, bytes, text: bytes.toString('utf8') };
}

const downloads = (page: Page) => page.getByTestId('downloads');
const status = (page: Page) => downloads(page).getByRole('status');

const squeeze = (value: string) => value.replace(/\s+/g, '');

test.describe('downloads on the results page', () => {
	// Each test renders the results page and waits for real files, one of them a server PDF.
	test.describe.configure({ timeout: 120_000 });

	test('PDF: made by the server from the answers, a real A4 report', async ({ page }, testInfo) => {
		await openResults(page);
		const button = page.getByRole('button', { name: 'PDFレポートをダウンロード' });
		await expect(button).toBeVisible();
		const responsePromise = page.waitForResponse('**/api/report');
		const { name, bytes } = await download(page, 'pdf');
		const response = await responsePromise;
		expect(response.request().method()).toBe('POST');
		expect(response.request().headers()['content-type']).toBe('application/json');
		expect(response.request().postDataJSON()).toMatchObject({
			questionSet: content.version,
			answers: expected.answers,
			format: 'pdf',
			locale: 'ja'
		});
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(await blobTypes(page)).toEqual(['application/pdf']);

		expect(name).toMatch(FILE_NAME);
		expect(name.endsWith('.pdf')).toBe(true);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.byteLength).toBeLessThan(300 * 1024);
		const file = testInfo.outputPath(name);
		writeFileSync(file, bytes);
		const text = squeeze(
			execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
		);
		expect(text).toContain('CS成熟度診断レポート');
		for (const item of expected.recommendations) {
			expect(text).toContain(squeeze(item.recommendation.title.ja));
		}
		await expect(status(page)).toContainText(`${name}をダウンロードしました`);
	});

	test('Markdown, CSV and JSON: made in the browser, without sending the answers', async ({
		page
	}) => {
		await openResults(page);
		const sent: string[] = [];
		page.on('request', (request) => {
			if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
		});

		const markdown = await download(page, 'md');
		expect(markdown.name).toMatch(FILE_NAME);
		expect(markdown.name.endsWith('.md')).toBe(true);
		expect(markdown.text).toMatch(/^# CS成熟度診断 レポート\n/);
		for (const item of expected.recommendations) {
			expect(markdown.text).toContain(item.recommendation.title.ja);
		}
		await expect(status(page)).toContainText(`${markdown.name}をダウンロードしました`);

		const csv = await download(page, 'csv');
		expect(csv.name.endsWith('.csv')).toBe(true);
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.text.slice(1).split('\r\n');
		expect(lines[0]).toBe('種別,観点,項目,回答,スコア,調査での割合,出典');
		expect(lines[1]).toBe('総合,,総合成熟度,レベル1「萌芽期」,0,,');

		const json = await download(page, 'json');
		expect(json.name.endsWith('.json')).toBe(true);
		const file = answersFile.parse(JSON.parse(json.text));
		expect(file.questionSet).toBe(content.version);
		expect(file.answers).toEqual(expected.answers);
		expect(checkAnswerSet(content, file.questionSet, file.answers)).toEqual([]);
		expect(score(content, file.answers)).toEqual(expected);

		expect(await blobTypes(page)).toEqual([
			'text/markdown;charset=utf-8',
			'text/csv;charset=utf-8',
			'application/json;charset=utf-8'
		]);
		expect(sent).toEqual([]);
	});

	test('in English when the page is in English', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
		await openResults(page);
		await expect(page.getByRole('button', { name: 'Download PDF report' })).toBeVisible();
		const markdown = await download(page, 'md');
		expect(markdown.text).toMatch(/^# CS Maturity Check report\n/);
		const responsePromise = page.waitForResponse('**/api/report');
		const pdf = await download(page, 'pdf');
		expect((await responsePromise).request().postDataJSON()).toMatchObject({ locale: 'en' });
		expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		await expect(status(page)).toContainText(`Downloaded ${pdf.name}.`);
	});

	test('a failed PDF is reported, with the server’s reason', async ({ page }) => {
		await page.route('**/api/report', (route) =>
			route.fulfill({
				status: 400,
				contentType: 'application/json; charset=utf-8',
				body: JSON.stringify({
					error: 'The answers do not fit question set 2026.1.',
					issues: ['answers.touch_model: required answer is missing']
				})
			})
		);
		await openResults(page);
		await page.getByRole('button', { name: 'PDFレポートをダウンロード' }).click();
		const alert = downloads(page).getByRole('alert');
		await expect(alert).toContainText('PDFレポートを作成できませんでした');
		await expect(alert).toContainText('answers.touch_model: required answer is missing');
		// The other formats still work.
		const markdown = await download(page, 'md');
		expect(markdown.name.endsWith('.md')).toBe(true);
		await expect(downloads(page).getByRole('alert')).toHaveCount(0);
	});

	test('a failed PDF without a reason still names the HTTP status', async ({ page }) => {
		// What SvelteKit answers for an unexpected server error.
		await page.route('**/api/report', (route) =>
			route.fulfill({
				status: 500,
				contentType: 'application/json',
				body: JSON.stringify({ message: 'Internal Error' })
			})
		);
		await openResults(page);
		await page.getByRole('button', { name: 'PDFレポートをダウンロード' }).click();
		await expect(downloads(page).getByRole('alert')).toContainText('HTTP 500');
	});
});
