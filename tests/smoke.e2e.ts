import { expect, test } from '@playwright/test';

test('the start page is served in Japanese by default', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('CS成熟度診断');
});
