import { expect, type Page } from '@playwright/test';

/** The results view, once all its parts are built (it adds them one per frame). */
export const builtResults = (page: Page) =>
	page.locator('[data-testid="results"][aria-busy="false"]');

/**
 * Resolves once the results view is built and every chart on it has been drawn. Charts are
 * drawn as they near the screen, so each is scrolled into view, as a reader would. Returns how
 * many charts there are.
 */
export async function drawEveryChart(page: Page): Promise<number> {
	await expect(builtResults(page)).toBeAttached({ timeout: 30_000 });
	const charts = page.locator('[data-chart] canvas');
	const count = await charts.count();
	for (let index = 0; index < count; index++) {
		const chart = charts.nth(index);
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
	}
	return count;
}
