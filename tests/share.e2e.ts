/**
 * Share and compare: the share link (opened in a fresh browser, cut off, changed), keeping a
 * shared result's answers, the import of an answers file on the start page, and the comparison
 * with an earlier result (前回比) on the results page.
 *
 * Each test opens a page at most once and moves on by links, hash changes or other pages: a
 * reload revalidates the page (304), which the server currently answers with the assets' CSP.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { compareResults, type Change } from '../src/lib/domain/compare.ts';
import { score } from '../src/lib/domain/scoring.ts';
import { encodeShareLink } from '../src/lib/domain/share-link.ts';
import { loadContent } from '../src/lib/server/content/load.ts';
import {
	fullAnswers,
	minimalAnswers,
	questionSetVersion,
	storeAnswers,
	storedAnswers,
	type Answers
} from './helpers/quiz.ts';
import { waitForHydration } from './helpers/page.ts';
import { builtResults } from './helpers/results.ts';

const content = loadContent();
const shareUrl = (answers: Answers) => `/share#${encodeShareLink(content, answers)}`;

/** Collects uncaught errors and console errors: none may happen, whatever the input. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function headline(page: Page) {
	await expect(page.getByTestId('overall-score')).toBeVisible();
	return {
		overall: await page.getByTestId('overall-score').innerText(),
		pattern: await page.getByTestId('pattern-percent').innerText()
	};
}

/** An answers file as the JSON download writes it. */
function answersFile(answers: Answers, extra: Record<string, unknown> = {}) {
	return {
		name: 'cs-maturity-check.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ questionSet: questionSetVersion(), answers, ...extra }, null, 2)
		)
	};
}

test.describe('share link', () => {
	test('opens in a fresh browser with the same headline numbers as the results', async ({
		page,
		browser
	}) => {
		// Two browsers, the whole results view twice and an accessibility scan of it.
		test.slow();
		await storeAnswers(page, fullAnswers);
		await page.goto('/results');
		const original = await headline(page);

		// A browser that has never seen the answers: nothing stored, only the link.
		const fresh = await browser.newContext();
		const visitor = await fresh.newPage();
		const errors = watchErrors(visitor);
		const requests: string[] = [];
		visitor.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
		await visitor.goto(shareUrl(fullAnswers));
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('共有された診断結果');
		expect(await headline(visitor)).toEqual(original);
		await expect(visitor.getByTestId('shared-notice')).toContainText('サーバーには送信されません');
		// Someone else's result: the downloads stay, but sharing on and comparing are for one's own.
		await expect(visitor.getByRole('button', { name: /PDF/ })).toBeVisible();
		await expect(visitor.getByRole('heading', { name: '結果を共有する' })).toHaveCount(0);
		await expect(
			visitor.getByRole('heading', { name: '前回の結果と比べる（前回比）' })
		).toHaveCount(0);
		// Viewing a shared result stores nothing.
		expect(await storedAnswers(visitor)).toBeUndefined();
		// The answers never leave the browser: no request carries the fragment's data.
		const data = encodeShareLink(content, fullAnswers).split('~')[2]!;
		expect(requests.filter((request) => request.includes(data))).toEqual([]);
		await expect(builtResults(visitor)).toBeAttached({ timeout: 30_000 });
		// Nor are the answers the visitor's to change, question by question.
		await expect(visitor.locator('.position')).not.toHaveCount(0);
		await expect(visitor.getByRole('link', { name: /^この質問の回答を変更する/ })).toHaveCount(0);
		await expectAccessible(visitor);
		expect(errors).toEqual([]);
		await fresh.close();
	});

	test('the server sends the notice and a reading status; the browser builds the result', async ({
		page,
		request
	}) => {
		// The fragment never reaches the server, so what it sends is the same for every link.
		const served = await (await request.get('/share')).text();
		expect(served).toContain('サーバーには送信されません');
		expect(served).toContain('共有リンクを読み込んでいます');
		expect(served).not.toContain('data-testid="results"');
		expect(served).toContain('表示にはJavaScriptが必要です');

		await page.goto(shareUrl(fullAnswers));
		await expect(builtResults(page)).toBeAttached({ timeout: 30_000 });
		await expect(page.getByRole('status').filter({ hasText: '読み込んでいます' })).toHaveCount(0);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('says why no result can be shown, and not that the link is being read', async ({
			page
		}) => {
			await page.goto(shareUrl(fullAnswers));
			await expect(page.locator('noscript p')).toContainText('表示にはJavaScriptが必要です');
			await expect(page.locator('noscript p')).toBeVisible();
			const reading = page.locator('.reading [role="status"]');
			await expect(reading).toHaveText('共有リンクを読み込んでいます…');
			await expect(reading).toBeHidden();
		});
	});

	test('explains a cut-off, changed or outdated link and shows no result', async ({ page }) => {
		const errors = watchErrors(page);
		const link = shareUrl(fullAnswers);

		await page.goto(link.slice(0, -6));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'共有リンクを開けませんでした'
		);
		await expect(page.getByRole('heading', { name: 'リンクが途中で切れています' })).toBeVisible();
		await expect(page.getByText('送信者にリンクを送り直してもらってください')).toBeVisible();
		await expect(page.getByTestId('results')).toHaveCount(0);
		await expect(page.getByRole('link', { name: '診断を始める' })).toHaveAttribute('href', '/');
		await expectAccessible(page);

		// One character changed (only the hash changes: the page reads it again in place).
		const last = link.at(-1) === 'A' ? 'B' : 'A';
		await page.goto(link.slice(0, -1) + last);
		await expect(
			page.getByRole('heading', { name: 'リンクの内容が壊れているか、書き換えられています' })
		).toBeVisible();
		await expect(page.getByTestId('results')).toHaveCount(0);

		const older = encodeShareLink({ ...content, version: '2025.1' }, fullAnswers);
		await page.goto(`/share#${older}`);
		await expect(
			page.getByRole('heading', { name: 'このリンクは別のバージョンの質問で作成されています' })
		).toBeVisible();
		await expect(page.getByText(`バージョン 2025.1 で作成されています`)).toBeVisible();

		await page.goto('/share#<script>alert(1)</script>');
		await expect(
			page.getByRole('heading', { name: 'このリンクは共有リンクとして読み取れません' })
		).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('follows a new link pasted into the same tab', async ({ page }) => {
		await page.goto(shareUrl(fullAnswers));
		const full = await headline(page);
		await page.evaluate((hash) => (location.hash = hash), encodeShareLink(content, minimalAnswers));
		await expect(page.getByTestId('overall-score')).not.toHaveText(full.overall);
		await page.evaluate(() => (location.hash = 'r1~2026'));
		await expect(page.getByRole('heading', { name: 'リンクが途中で切れています' })).toBeVisible();
	});

	test('keeps the shared answers as the visitor’s own only after confirming', async ({ page }) => {
		await storeAnswers(page, minimalAnswers);
		await page.goto(shareUrl(fullAnswers));
		const save = page.getByRole('button', { name: 'この回答を自分の回答として保存する' });

		await save.click();
		await expect(page.getByText('このブラウザにはすでに回答が保存されています。')).toBeVisible();
		// Cancel has the focus: Enter by habit replaces nothing.
		await page.keyboard.press('Enter');
		await expect(page.getByText('保存を取り消しました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(minimalAnswers);

		await save.click();
		await page.getByRole('button', { name: '置き換えて保存する' }).click();
		await expect(page.getByText('回答をこのブラウザに保存しました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(fullAnswers);
		await page.getByRole('link', { name: '回答を確認・変更する' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('回答の確認');
		await expect(page.getByText('未回答')).toHaveCount(0);
	});
});

test.describe('import on the start page', () => {
	test('restores the answers of a downloaded file', async ({ page }) => {
		await page.goto('/');
		const input = page.getByLabel('回答のJSONファイル');
		await input.setInputFiles(
			answersFile(fullAnswers, { exportedAt: '2026-01-15T09:30:00.000Z', result: {} })
		);
		await expect(page.getByText('25件の回答を読み込みました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(fullAnswers);

		await page.getByRole('link', { name: '読み込んだ回答を確認する' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('回答の確認');
		await expect(page.locator('dl .row')).toHaveCount(25);
		await expect(page.getByText('未回答')).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'フェーズ分け運用' })).toContainText(
			'フェーズを分けて運用している'
		);
	});

	test('keeps what fits from an older version and lists what was dropped', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('回答のJSONファイル').setInputFiles({
			...answersFile({}),
			buffer: Buffer.from(
				JSON.stringify({
					questionSet: '2025.1',
					answers: { ...minimalAnswers, renewal_owner: 'cs_team', cs_budget: 'old_option' }
				})
			)
		});
		await expect(page.getByText('17件の回答を読み込みました。')).toBeVisible();
		await expect(
			page.getByText('このファイルは質問バージョン 2025.1 で作成されています')
		).toBeVisible();
		await expect(page.getByRole('heading', { name: '読み込まなかった回答（2件）' })).toBeVisible();
		await expect(page.getByText('質問「renewal_owner」：現在の診断にはない質問です')).toBeVisible();
		await expect(
			page.getByText(
				'「カスタマーサクセスの予算（人件費以外）は確保されていますか。」：選択肢「old_option」は現在の質問にありません'
			)
		).toBeVisible();
		const kept: Answers = { ...minimalAnswers };
		delete kept.cs_budget;
		expect(await storedAnswers(page)).toEqual(kept);
		await expectAccessible(page);
	});

	test('rejects a malformed file and keeps the answers already in the browser', async ({
		page
	}) => {
		const errors = watchErrors(page);
		await storeAnswers(page, minimalAnswers);
		await page.goto('/');
		const input = page.getByLabel('回答のJSONファイル');

		await input.setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"questionSet": "2026.1", "answers": {')
		});
		const alert = page.getByRole('alert').filter({ hasText: 'ファイルを読み込めませんでした' });
		await expect(alert).toContainText('JSON形式のファイルとして読み取れませんでした');
		await expect(alert).toContainText('ブラウザに保存されている回答は変更していません。');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(await storedAnswers(page)).toEqual(minimalAnswers);

		await input.setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('[1, 2, 3]')
		});
		await expect(alert).toContainText('このファイルには診断の回答が含まれていません');

		await input.setInputFiles({
			...answersFile({}),
			buffer: Buffer.from(JSON.stringify({ questionSet: 2026, answers: { business_model: 7 } }))
		});
		// Each wrong field is named with what it should hold, and an answer with its question.
		await expect(alert).toContainText(
			'「questionSet」：質問バージョンを文字列で書いてください（現在の質問は「2026.1」）'
		);
		await expect(alert).toContainText(
			'「CSの対象となる主なサービス・商品の提供形態を教えてください。」（answers.business_model）：回答は選択肢のID（文字列）か、選択肢IDの一覧（配列）で書いてください'
		);

		await input.setInputFiles({
			name: 'huge.json',
			mimeType: 'application/json',
			buffer: Buffer.alloc(1024 * 1024 + 1, ' ')
		});
		await expect(alert).toContainText('ファイルが大きすぎます（上限 1 MB）');

		// A new page load still finds the answers that were there before.
		await page.goto('/review');
		await expect(page.locator('dl .row')).toHaveCount(Object.keys(minimalAnswers).length);
		await expect(page.getByText('未回答')).toHaveCount(0);
		expect(await storedAnswers(page)).toEqual(minimalAnswers);
		expect(errors).toEqual([]);
	});

	test('says so when the code for reading a file cannot be fetched, and keeps the answers', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await storeAnswers(page, minimalAnswers);
		await page.goto('/');
		await waitForHydration(page);
		// As after a redeploy or offline: the app's files are gone once the page is open.
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.getByLabel('回答のJSONファイル').setInputFiles(answersFile(fullAnswers));
		await expect(page.getByRole('alert')).toContainText(
			'この表示に必要なファイルを読み込めませんでした。ページを再読み込みしてください。'
		);
		expect(await storedAnswers(page)).toEqual(minimalAnswers);
		// Nothing is left unhandled (the outcome view's failed load included).
		expect(errors).toEqual([]);
	});

	test('asks before replacing answers already in the browser', async ({ page }) => {
		await storeAnswers(page, minimalAnswers);
		await page.goto('/');
		const input = page.getByLabel('回答のJSONファイル');
		await input.setInputFiles(answersFile(fullAnswers));
		await expect(page.getByText('ファイルの25件の回答で置き換えますか？')).toBeVisible();
		await expect(page.getByRole('button', { name: 'キャンセル' })).toBeFocused();
		await page.getByRole('button', { name: 'キャンセル' }).click();
		await expect(page.getByText('読み込みを取り消しました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(minimalAnswers);

		await input.setInputFiles(answersFile(fullAnswers));
		await page.getByRole('button', { name: '置き換えて読み込む' }).click();
		await expect(page.getByText('25件の回答を読み込みました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(fullAnswers);
	});

	test('reads the JSON download of the results page in another browser', async ({
		page,
		browser
	}) => {
		test.slow();
		await storeAnswers(page, fullAnswers);
		await page.goto('/results');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'JSON（再読み込み用）をダウンロード' }).click();
		const file = await (await downloading).path();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('/');
		await other.getByLabel('回答のJSONファイル').setInputFiles(file);
		await expect(other.getByText('25件の回答を読み込みました。')).toBeVisible();
		expect(await storedAnswers(other)).toEqual(fullAnswers);
		await fresh.close();
	});

	test('accepts a dropped file', async ({ page }) => {
		await page.goto('/');
		const text = JSON.stringify({ questionSet: questionSetVersion(), answers: fullAnswers });
		const dataTransfer = await page.evaluateHandle((json) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([json], 'answers.json', { type: 'application/json' }));
			return transfer;
		}, text);
		const area = page.getByTestId('import-file-drop');
		await area.dispatchEvent('dragenter', { dataTransfer });
		await area.dispatchEvent('dragover', { dataTransfer });
		await area.dispatchEvent('drop', { dataTransfer });
		await expect(page.getByText('25件の回答を読み込みました。')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(fullAnswers);
	});
});

test.describe('results page', () => {
	/** The lead renders ShareAndCompare in the results view; these tests need it there. */
	test.beforeEach(async ({ page }) => {
		await storeAnswers(page, fullAnswers);
		await page.goto('/results');
		await expect(
			page.getByRole('heading', { name: '前回の結果と比べる（前回比）' }),
			'ShareAndCompare is rendered on the results page'
		).toBeVisible();
	});

	/** A score changes in 点, the pattern match (a percentage) in ポイント. */
	const sign = (change: Change, unit = '点') =>
		change.delta === null
			? '—'
			: change.delta > 0
				? `+${change.delta.toFixed(1)}${unit}`
				: change.delta < 0
					? `−${(-change.delta).toFixed(1)}${unit}`
					: `±0${unit}`;

	test('compares with an earlier result without touching the current answers', async ({ page }) => {
		test.slow();
		await page.getByLabel('前回の結果のJSONファイル').setInputFiles({
			...answersFile(minimalAnswers, { exportedAt: '2026-01-15T09:30:00+09:00' }),
			name: 'cs-maturity-check-2026-01-15.json'
		});
		// The file input is emptied after reading (so the same file can be picked again): the
		// status names the file compared with.
		await expect(page.getByRole('status').filter({ hasText: '比較' })).toHaveText(
			'「cs-maturity-check-2026-01-15.json」の結果との比較を表示しました。'
		);

		const table = page.getByRole('table', { name: '前回（2026年1月15日）と今回の比較' });
		await expect(table).toBeVisible();
		const expected = compareResults(score(content, minimalAnswers), score(content, fullAnswers));
		const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
		await expect(row('総合成熟度').getByRole('cell').last()).toHaveText(sign(expected.overall));
		await expect(row('効果実感層とのパターン一致度').getByRole('cell').last()).toHaveText(
			sign(expected.pattern, 'ポイント')
		);
		for (const dimension of expected.dimensions) {
			await expect(row(dimension.title.ja).getByRole('cell').last()).toHaveText(sign(dimension));
		}
		await expect(table.getByRole('columnheader', { name: '前回比' })).toBeVisible();
		expect(await storedAnswers(page)).toEqual(fullAnswers);
		await expectAccessible(page);

		await page.getByRole('button', { name: '比較を閉じる' }).click();
		await expect(table).toHaveCount(0);
		await expect(page.getByLabel('前回の結果のJSONファイル')).toBeFocused();
	});

	test('the comparison fits a 375 px phone without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.getByLabel('前回の結果のJSONファイル').setInputFiles(answersFile(minimalAnswers));
		await expect(page.getByRole('table', { name: '前回と今回の比較' })).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
	});

	test('rejects a bad earlier file with a message', async ({ page }) => {
		const before = await headline(page);
		await page.getByLabel('前回の結果のJSONファイル').setInputFiles({
			name: 'report.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from('# 診断結果')
		});
		await expect(page.getByRole('alert').filter({ hasText: 'JSON形式' })).toBeVisible();
		await expect(page.getByRole('table', { name: /前回/ })).toHaveCount(0);
		expect(await headline(page)).toEqual(before);
		expect(await storedAnswers(page)).toEqual(fullAnswers);
	});

	test('copies a share link that reproduces the result', async ({ page, context, browser }) => {
		test.slow();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const original = await headline(page);
		await page.getByRole('button', { name: '共有リンクをコピー' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: '共有リンクをコピーしました。' })
		).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		await expect(page.getByLabel('共有リンク', { exact: true })).toHaveValue(copied);
		expect(new URL(copied).pathname).toBe('/share');

		const fresh = await browser.newContext();
		const visitor = await fresh.newPage();
		await visitor.goto(copied);
		expect(await headline(visitor)).toEqual(original);
		await fresh.close();
	});

	test('shows the link to copy by hand when the clipboard is unavailable', async ({ page }) => {
		await page.evaluate(() =>
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
		);
		await page.getByRole('button', { name: '共有リンクをコピー' }).click();
		await expect(page.getByText('共有リンクを自動でコピーできませんでした。')).toBeVisible();
		const field = page.getByLabel('共有リンク', { exact: true });
		await expect(field).toBeFocused();
		await expect(field).toHaveValue(/\/share#r1~/);
	});
});

test.describe('at 375 px', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('the import and the share page fit without sideways scrolling', async ({ page }) => {
		const fits = () =>
			page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
		await page.goto('/');
		await expect(page.getByLabel('回答のJSONファイル')).toBeVisible();
		expect(await fits()).toBe(true);

		await page.goto(shareUrl(fullAnswers));
		await expect(page.getByTestId('overall-score')).toBeVisible();
		expect(await fits()).toBe(true);
	});
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('explains a bad link and a bad file in English', async ({ page }) => {
		await page.goto(shareUrl(fullAnswers).slice(0, -4));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'The share link could not be opened'
		);
		await expect(page.getByRole('heading', { name: 'The link has been cut off' })).toBeVisible();

		await page.goto('/');
		await page.getByLabel('JSON file with your answers').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('not json')
		});
		await expect(page.getByRole('alert')).toContainText('The file could not be read as JSON.');
		await expect(page.getByRole('alert')).toContainText(
			'The answers saved in this browser have not been changed.'
		);
	});
});
