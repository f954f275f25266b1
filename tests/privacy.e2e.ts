/**
 * Privacy: a visit fetches nothing from any origin but the app's, and sends no answers. To cover
 * a new page or step, visit it inside one of these tests (or write a new one the same way with
 * recordNetwork from helpers/origins.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { foreignReferences, recordNetwork } from './helpers/origins';

/** Visits a page if it exists; returns false (and notes it in the report) when it is not built. */
async function visit(page: Page, path: string): Promise<boolean> {
	const response = await page.goto(path);
	if (response?.status() === 404) {
		test.info().annotations.push({ type: 'not built yet', description: path });
		return false;
	}
	expect(response?.ok(), `${path} should load`).toBe(true);
	await page.waitForLoadState('networkidle');
	// Fonts are fetched only once text needs them; wait for them too.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return true;
}

test('the start page and a questionnaire page fetch nothing from another origin @phone', async ({
	page,
	context,
	baseURL
}) => {
	const network = recordNetwork(context);

	await visit(page, '/');
	expect(await foreignReferences(page)).toEqual([]);
	// Hovering a link makes SvelteKit preload the next page's code and data.
	await page.locator('.site-footer a').first().hover();

	if (await visit(page, '/q/context')) {
		expect(await foreignReferences(page)).toEqual([]);
	}
	await page.waitForLoadState('networkidle');

	expect(network.requests.length).toBeGreaterThan(0);
	expect(network.foreign(baseURL!)).toEqual([]);
	// Only reading: nothing was posted (answers stay in localStorage).
	expect(network.sent()).toEqual([]);
});

test('switching the language sends nothing but the choice of language', async ({
	page,
	context,
	baseURL
}) => {
	const network = recordNetwork(context);
	await visit(page, '/');
	await page.locator('.lang-switch button').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.waitForLoadState('networkidle');

	expect(network.foreign(baseURL!)).toEqual([]);
	const isSwitch = (request: { url: string }) => new URL(request.url).pathname === '/lang';
	expect(network.sent(isSwitch)).toEqual([]);
	const posted = network.requests.filter(isSwitch).map((request) => request.body ?? '');
	expect(posted).toHaveLength(1);
	expect([...new URLSearchParams(posted[0]).keys()].sort()).toEqual(['locale', 'redirectTo']);
});
