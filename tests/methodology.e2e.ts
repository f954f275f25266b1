import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../src/lib/server/content/load.ts';
import { waitForHydration } from './helpers/page.ts';

const content = loadContent();

// A long page with three large tables: axe needs more than the default minute on a busy machine.
test.describe.configure({ timeout: 240_000 });
const figures = Object.values(content.figures);

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((violation) => ({
			id: violation.id,
			nodes: violation.nodes.map((node) => node.target.join(' '))
		}))
	).toEqual([]);
}

/** The figures table: one row per figure in the content, each derived one with its formula. */
async function expectFiguresTable(page: Page) {
	const table = page.getByTestId('figures-table');
	await expect(table.locator('caption')).toContainText(String(figures.length));
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(figures.length);
	const ids = await table.locator('tbody th[scope="row"]').allTextContents();
	expect(ids.map((id) => id.trim()).sort()).toEqual(figures.map((figure) => figure.id).sort());
	for (const figure of figures.filter((item) => item.derived)) {
		await expect(page.locator(`#fig-${figure.id}`)).toContainText(figure.derived!.formula);
	}
}

test('the methodology page explains the method in Japanese, with every figure and no axe violations', async ({
	page
}) => {
	await page.goto('/methodology');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page).toHaveTitle(/診断の方法と出典/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('診断の方法と出典');
	for (const name of [
		'効果実感層とのパターン一致度',
		'成熟度スコア',
		'改善提案の順位づけ',
		'使用している調査の数値',
		'出典',
		'この診断の限界'
	]) {
		await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
	}
	// The prior and the single-answer example, as computed by the engine.
	await expect(page.locator('#pattern')).toContainText('839人');
	await expect(page.locator('#pattern')).toContainText('58.9%');
	await expect(page.locator('#pattern')).toContainText('83.7%');
	await expectFiguresTable(page);
	// Every source with its fieldwork dates, and the caveats.
	for (const source of Object.values(content.sources)) {
		await expect(page.locator('#sources')).toContainText(source.title.ja);
		await expect(page.locator('#sources')).toContainText(source.fieldwork.ja);
	}
	await expect(page.locator('#sources')).toContainText('n=591');
	await expectNoAxeViolations(page);
});

test('the methodology page is served in English with the lang cookie', async ({
	context,
	page,
	baseURL
}) => {
	await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
	await page.goto('/methodology');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle(/Method and sources/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Method and sources');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Limits of this check', exact: true })
	).toBeVisible();
	await expect(page.locator('#pattern')).toContainText('839');
	// The chart column keeps the Japanese original beside the English gloss.
	const first = figures[0]!;
	await expect(page.locator(`#fig-${first.id}`)).toContainText(first.chart.ja);
	await expect(page.locator(`#fig-${first.id}`)).toContainText(first.chart.en);
	await expectFiguresTable(page);
	await expectNoAxeViolations(page);
});

// The axe audit runs in the tests above (same markup); this one checks the narrow layout.
test('@phone the page fits a 375 px screen: wide tables scroll inside their own region', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/methodology');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	// Every scrolling table is a named region that a keyboard can reach.
	for (const wrapper of await page.locator('.table-scroll').all()) {
		await expect(wrapper).toHaveAttribute('role', 'region');
		await expect(wrapper).toHaveAttribute('tabindex', '0');
		await expect(wrapper).toHaveAttribute('aria-label', /.+/);
	}
	const region = page.getByRole('region', { name: '調査の数値の一覧（横にスクロールできます）' });
	await expect(region).toHaveAttribute('tabindex', '0');
	const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
	expect(scrolls).toBe(true);
	// Keys pressed while the page is still hydrating can be lost on a busy machine: wait for it,
	// and press again should the first press come too early.
	await waitForHydration(page);
	await expect(async () => {
		await region.focus();
		await page.keyboard.press('ArrowRight');
		expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	}).toPass({ timeout: 20_000 });
});

test('@phone every section ends with a way back to the contents, by keyboard too', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/methodology');
	await waitForHydration(page);
	const contents = page.getByRole('navigation', { name: '目次' });
	const sectionLinks = contents.getByRole('link');
	const backLinks = page.getByRole('link', { name: '目次に戻る' });
	await expect(backLinks).toHaveCount(await sectionLinks.count());
	// From the end of the last section, far down the page, back to the top.
	const last = backLinks.last();
	await last.focus();
	await expect(contents).not.toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(contents).toBeInViewport();
	await expect(page).toHaveURL(/#contents$/);
	// The keyboard goes on from there: the next Tab is the contents' first link.
	await page.keyboard.press('Tab');
	await expect(sectionLinks.first()).toBeFocused();
});
