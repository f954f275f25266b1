import { expect, type Page } from '@playwright/test';

/**
 * Resolves once SvelteKit has hydrated the page: the layout marks its language switch then
 * (src/routes/+layout.svelte). Keys pressed or links followed earlier can be lost.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('form.lang-switch[data-enhanced]')).toBeAttached();
}
