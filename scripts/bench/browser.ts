/** Debian's Chromium, launched as the browser tests launch it (playwright.config.ts). */
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import config from '../../playwright.config.ts';

export const launchOptions: LaunchOptions = config.use?.launchOptions ?? {
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
};

export function launchBrowser(extra: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({
		...launchOptions,
		...extra,
		args: [...(launchOptions.args ?? []), ...(extra.args ?? [])]
	});
}
