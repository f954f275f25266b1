/**
 * The platform under every page: security headers on every kind of response, the languages
 * (negotiation, the switch, <html lang>), the root layout (phone width, focus, reduced motion,
 * accessibility) and the Japanese fonts. Runs against the production build (`node build`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { localJapaneseFont } from '../scripts/bench/local-japanese-font.ts';
import { waitForHydration } from './helpers/page.ts';

type Headers = Record<string, string>;

/** Directive name → sources, from a Content-Security-Policy header. */
function parseCsp(header: string | undefined): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of (header ?? '').split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

function expectSecurityHeaders(headers: Headers, what: string) {
	expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
	expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('same-origin');
	expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
	expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/camera=\(\)/);
	expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
	const csp = parseCsp(headers['content-security-policy']);
	expect(csp.size, `${what}: Content-Security-Policy`).toBeGreaterThan(0);
	expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
	const scriptSources = csp.get('script-src') ?? csp.get('default-src') ?? [];
	expect(scriptSources.length, `${what}: script-src or default-src`).toBeGreaterThan(0);
	expect(scriptSources, `${what}: scripts`).not.toContain("'unsafe-inline'");
	expect(csp.get('default-src') ?? [], `${what}: default-src`).not.toContain("'unsafe-inline'");
	expect(csp.get('object-src') ?? csp.get('default-src'), `${what}: object-src`).toBeDefined();
}

const headersOf = (response: APIResponse) => response.headers();

/** Console errors, uncaught exceptions and CSP violations of the page, from now on. */
async function recordProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	return problems;
}

test.describe('security headers', () => {
	test('the start page: CSP without unsafe-inline for scripts, and the rest', async ({ page }) => {
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		const headers = await response!.allHeaders();
		expectSecurityHeaders(headers, 'start page');
		const csp = parseCsp(headers['content-security-policy']);
		expect(csp.get('script-src')).toContain("'self'");
		// SvelteKit's hashes for its inline bootstrap script.
		expect(csp.get('script-src')?.some((source) => source.startsWith("'sha256-"))).toBe(true);
		// <style> elements: only our files; style attributes are allowed (see svelte.config.js).
		expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		expect(headers['vary']).toMatch(/accept-language/i);
		expect(headers['vary']).toMatch(/cookie/i);
	});

	test('built assets, static files, page data, an endpoint and an error page', async ({
		page,
		request
	}) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const script = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.find((name) => /\/_app\/immutable\/.+\.js$/.test(name))
		);
		const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
		expect(script).toMatch(/_app\/immutable\/.+\.js$/);
		expect(stylesheet).toMatch(/_app\/immutable\/.+\.css$/);
		// The web font's two files, as the page's start-up script names them, and its stylesheet
		// (for browsers without JavaScript).
		const fontScript = page.locator('script[data-font]');
		const font = await fontScript.getAttribute('data-font');
		const englishFont = await fontScript.getAttribute('data-english-font');
		const fontStylesheet = await page.evaluate(
			() => /href="([^"]+)"/.exec(document.querySelector('noscript')?.textContent ?? '')?.[1]
		);
		expect(font, 'the web font file').toMatch(/\.woff2$/);
		expect(englishFont, 'the web font file for English pages').toMatch(/\.woff2$/);
		expect(fontStylesheet, 'the web font stylesheet').toMatch(/\.css$/);

		const assets: [string, string, RegExp][] = [
			['a script', new URL(script!, page.url()).pathname, /javascript/],
			['a stylesheet', new URL(stylesheet!, page.url()).pathname, /text\/css/],
			['a font', new URL(font!, page.url()).pathname, /font\/woff2/],
			['a font', new URL(englishFont!, page.url()).pathname, /font\/woff2/],
			['a font stylesheet', new URL(fontStylesheet!, page.url()).pathname, /text\/css/],
			['a static file', '/favicon.png', /image\/png/]
		];
		for (const [what, path, type] of assets) {
			const response = await request.get(path);
			expect(response.status(), `${what} ${path}`).toBe(200);
			expect(headersOf(response)['content-type'], `${what}: Content-Type`).toMatch(type);
			expectSecurityHeaders(headersOf(response), `${what} ${path}`);
		}
		// The same on a revalidation (304).
		const first = await request.get('/favicon.png');
		const etag = headersOf(first)['etag'];
		const revalidated = await request.get('/favicon.png', { headers: { 'if-none-match': etag! } });
		expect(revalidated.status()).toBe(304);
		expect(headersOf(revalidated)['x-content-type-options']).toBe('nosniff');

		const data = await request.get('/__data.json');
		expect(data.status()).toBe(200);
		expectSecurityHeaders(headersOf(data), 'page data');
		expect(headersOf(data)['vary']).toMatch(/accept-language/i);

		const missing = await request.get('/no-such-page');
		expect(missing.status()).toBe(404);
		expectSecurityHeaders(headersOf(missing), 'the 404 page');

		const missingAsset = await request.get('/_app/immutable/chunks/no-such-file.js');
		expect(missingAsset.status()).toBe(404);
		expectSecurityHeaders(headersOf(missingAsset), 'a missing asset');

		const switched = await request.post('/lang', {
			form: { locale: 'en', redirectTo: '/' },
			headers: { origin: new URL(page.url()).origin },
			maxRedirects: 0
		});
		expect(switched.status()).toBe(303);
		expectSecurityHeaders(headersOf(switched), 'POST /lang');
	});

	test('pages run without CSP violations or console errors', async ({ page }) => {
		const problems = await recordProblems(page);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		// A client-side navigation, which SvelteKit's route announcer (a style attribute) reports.
		await page.locator('.site-footer a[href$="methodology"]').click();
		await expect(page).toHaveURL(/\/methodology$/);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});

	test('pages that format numbers warm Intl up in a worker of their own, within the CSP', async ({
		page,
		request
	}) => {
		const problems = await recordProblems(page);
		const workers: { url: string; closed: Promise<unknown> }[] = [];
		page.on('worker', (worker) =>
			workers.push({ url: worker.url(), closed: new Promise((done) => worker.on('close', done)) })
		);

		for (const path of ['/results', '/share', '/methodology']) {
			workers.length = 0;
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(workers, path).toHaveLength(1);
			const url = new URL(workers[0]!.url);
			expect(url.origin, path).toBe(new URL(page.url()).origin);
			// It ends itself once the formatter is made: a script that threw would stay open.
			await workers[0]!.closed;
			const script = await request.get(url.pathname);
			expect(script.status(), path).toBe(200);
			expect(script.headers()['content-type'], path).toMatch(/javascript/);
		}

		// A page that formats no numbers as it loads starts no worker.
		workers.length = 0;
		await page.goto('/q/context');
		await page.waitForLoadState('networkidle');
		expect(workers).toEqual([]);
		expect(problems).toEqual([]);
	});
});

test.describe('languages', () => {
	test('Japanese by default', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page).toHaveTitle(/CS成熟度診断/);
	});

	test.describe('a browser that asks for English', () => {
		test.use({ locale: 'en-US' });

		test('gets English on the first visit', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.locator('.brand')).toHaveText('CS Maturity Check');
		});

		test('keeps a language chosen before', async ({ page, context, baseURL }) => {
			await context.addCookies([{ name: 'lang', value: 'ja', url: baseURL! }]);
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		});
	});

	test.describe('a browser that asks for an unsupported language', () => {
		test.use({ locale: 'fr-FR' });

		test('gets Japanese', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		});
	});

	test('the switch works from the keyboard, keeps the place and is remembered', async ({
		page,
		context
	}) => {
		await page.goto('/methodology?from=test#main');
		// The #hash is kept once the page is hydrated (the server never sees it).
		await waitForHydration(page);
		await page.evaluate(() => localStorage.setItem('platform-test', 'kept'));
		const button = page.locator('.lang-switch button');
		// From the site name, the next Tab stop is the switch.
		await page.locator('.brand').focus();
		await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await expect(button).toHaveAccessibleName('Switch to English');
		await page.keyboard.press('Enter');

		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
			'/methodology?from=test'
		);
		expect(new URL(page.url()).hash).toBe('#main');
		await expect(button).toHaveText('日本語');
		await expect(button).toBeFocused();
		expect(await page.evaluate(() => localStorage.getItem('platform-test'))).toBe('kept');
		const cookie = (await context.cookies()).find((c) => c.name === 'lang');
		expect(cookie?.value).toBe('en');
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.sameSite).toBe('Lax');

		// Remembered on the next visit, and back with the space bar.
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await waitForHydration(page);
		await button.focus();
		await page.keyboard.press('Space');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page).toHaveURL(/\/$/);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the switch still works and keeps the path and query', async ({ page }) => {
			await page.goto('/methodology?from=nojs');
			await page.locator('.lang-switch button').click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
				'/methodology?from=nojs'
			);
		});
	});

	test('the switch refuses to send the visitor to another site', async ({ request, baseURL }) => {
		for (const redirectTo of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
			const response = await request.post('/lang', {
				form: { locale: 'en', redirectTo },
				headers: { origin: new URL(baseURL!).origin },
				maxRedirects: 0
			});
			expect(response.status()).toBe(303);
			expect(response.headers()['location'], redirectTo).toBe('/');
		}
	});
});

test.describe('layout', () => {
	for (const locale of ['ja', 'en'] as const) {
		test(`fits a 375 px phone, in ${locale} @phone`, async ({ page, context, baseURL }) => {
			await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
			await page.setViewportSize({ width: 375, height: 740 });
			for (const path of ['/', '/methodology']) {
				await page.goto(path);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
				for (const selector of ['.brand', '.lang-switch button']) {
					const box = await page.locator(selector).boundingBox();
					expect(box, selector).not.toBeNull();
					expect(box!.x).toBeGreaterThanOrEqual(0);
					expect(box!.x + box!.width, `${selector} on ${path}`).toBeLessThanOrEqual(375);
					expect(box!.height, `${selector} is a large enough target`).toBeGreaterThanOrEqual(24);
				}
			}
		});

		test(`header, footer and skip link pass axe, in ${locale} @phone`, async ({
			page,
			context,
			baseURL
		}) => {
			await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
			await page.goto('/');
			const results = await new AxeBuilder({ page })
				.include('.skip-link')
				.include('.site-header')
				.include('.site-footer')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test('the skip link and the switch show a visible focus', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		for (const locator of [skip, page.locator('.lang-switch button')]) {
			await locator.focus();
			const outline = await locator.evaluate((element) => {
				const style = getComputedStyle(element);
				return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
			});
			expect(outline.style).not.toBe('none');
			expect(outline.width).toBeGreaterThanOrEqual(2);
		}
		await skip.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#main')).toBeFocused();
	});

	test('respects prefers-reduced-motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const durations = await page
			.locator('.lang-switch button')
			.evaluate((element) => [
				getComputedStyle(element).transitionDuration,
				getComputedStyle(element).animationDuration
			]);
		for (const duration of durations) expect(parseFloat(duration)).toBeLessThan(0.001);
	});

	test('gives every page a title', async ({ page }) => {
		for (const path of ['/', '/methodology']) {
			await page.goto(path);
			expect((await page.title()).trim(), path).not.toBe('');
		}
	});
});

test.describe('Japanese fonts', () => {
	/** The fonts Chromium drew an element's text with (DevTools protocol). */
	async function fontsOf(page: Page, selector: string) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		await cdp.detach();
		return fonts;
	}

	/** How many glyphs of an element's text the web font drew, and how many it should have. */
	async function webFontGlyphs(page: Page, selector: string) {
		const fonts = await fontsOf(page, selector);
		const text = (await page.locator(selector).first().textContent()) ?? '';
		return {
			drawn: fonts
				.filter((font) => font.isCustomFont)
				.reduce((sum, font) => sum + font.glyphCount, 0),
			// Everything beyond Latin-1: what the web font holds and the system fonts here lack.
			expected: [...text].filter((character) => character.codePointAt(0)! >= 0x100).length,
			fonts
		};
	}

	/** The URLs of the font files `page` requests from now on, in order. */
	function recordFontRequests(page: Page): string[] {
		const urls: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'font') urls.push(request.url());
		});
		return urls;
	}

	/** Holds the requests for `pattern` until the returned function is called: a slow connection. */
	async function holdRequests(page: Page, pattern: string): Promise<() => void> {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(pattern, async (route) => {
			await held;
			await route.continue();
		});
		return release;
	}

	/**
	 * Opens the start page with time standing still but for runFor: `before` must hold on load and
	 * still at 2.9 s, `after` at 3.1 s.
	 */
	async function atThreeSeconds(
		page: Page,
		before: () => Promise<void>,
		after: () => Promise<void>
	) {
		await page.clock.install({ time: new Date('2026-04-01T09:00:00Z') });
		await page.clock.pauseAt(new Date('2026-04-01T09:00:01Z'));
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await before();
		await page.clock.runFor(2_900);
		await before();
		await page.clock.runFor(200);
		await after();
	}

	/** When the web font was requested, and when the first contentful paint was, in page time. */
	function fontAndPaintTimes(page: Page) {
		return page.evaluate(() => ({
			font: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.woff2'))
				?.startTime,
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime
		}));
	}

	test('without a local Japanese font, the self-hosted Noto Sans JP draws the Japanese text', async ({
		page,
		baseURL
	}) => {
		const fontRequests = recordFontRequests(page);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => document.fonts.ready.then(() => undefined));

		// What src/detect-japanese-font.js finds: no Japanese font here.
		await expect(page.locator('html')).toHaveAttribute('data-japanese-font', 'web');
		// Both files: the kana and kanji, and the symbols (src/lib/web-font-faces.ts).
		expect(fontRequests.map((url) => new URL(url).origin)).toEqual([
			new URL(baseURL!).origin,
			new URL(baseURL!).origin
		]);
		expect(fontRequests.map((url) => new URL(url).pathname).sort()).toEqual([
			expect.stringMatching(/^\/_app\/immutable\/assets\/noto-sans-jp-web-english\.[\w-]+\.woff2$/),
			expect.stringMatching(/^\/_app\/immutable\/assets\/noto-sans-jp-web\.[\w-]+\.woff2$/)
		]);
		// Asked for from the page head, before the first paint: the text is laid out once, in this
		// font.
		const { font, paint } = await fontAndPaintTimes(page);
		expect(font).toBeLessThan(paint!);
		// Every Japanese glyph of the heading, the brand and the footer comes from the web font
		// (none is a fallback font's empty box); Latin letters and digits from a system font.
		for (const selector of ['h1', '.brand', '.site-footer p']) {
			const { drawn, expected, fonts } = await webFontGlyphs(page, selector);
			expect(expected, selector).toBeGreaterThan(0);
			expect(drawn, `${selector}: ${JSON.stringify(fonts)}`).toBe(expected);
		}
	});

	test('on a slow connection, the Japanese page is shown once the web font has arrived, without shifting', async ({
		page
	}) => {
		const releaseFont = await holdRequests(page, '**/*.woff2');
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { layoutShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					shifts.push((entry as unknown as { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		// Kanji without a font to draw them are empty boxes: nothing is shown rather than those.
		await expect(page.locator('html')).toHaveAttribute('data-font-loading', '');
		await expect(page.locator('body')).toHaveCSS('opacity', '0');

		releaseFont();
		await expect(page.locator('body')).toHaveCSS('opacity', '1');
		await expect(page.locator('html')).not.toHaveAttribute('data-font-loading');
		const { drawn, expected } = await webFontGlyphs(page, 'h1');
		expect(drawn).toBe(expected);
		expect(
			await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)
		).toEqual([]);
	});

	test('a web font that does not arrive hides the Japanese page for three seconds at most', async ({
		page
	}) => {
		await page.route('**/*.woff2', () => {
			// Never answered: as a connection that stalls.
		});
		const body = page.locator('body');
		await atThreeSeconds(
			page,
			() => expect(body).toHaveCSS('opacity', '0'),
			() => expect(body).toHaveCSS('opacity', '1')
		);
	});

	test.describe('on an English page', () => {
		test.use({ locale: 'en-US' });

		test('Latin text is set in a system font; only Japanese characters reach the web font', async ({
			page
		}) => {
			const fontRequests = recordFontRequests(page);
			await page.goto('/');
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.locator('html')).toHaveAttribute('data-japanese-font', 'web');

			for (const selector of ['h1', '.brand', '.site-footer p']) {
				const fonts = await fontsOf(page, selector);
				expect(fonts.length, selector).toBeGreaterThan(0);
				expect(
					fonts.some((font) => font.isCustomFont),
					`${selector}: ${JSON.stringify(fonts)}`
				).toBe(false);
			}
			// The switch to Japanese is labelled in Japanese: drawn with the web font, not empty boxes.
			await expect(page.locator('.lang-switch button')).toHaveText('日本語');
			const { drawn, expected, fonts } = await webFontGlyphs(page, '.lang-switch button');
			expect(drawn, JSON.stringify(fonts)).toBe(expected);
			// Only a few words need it, so it is fetched after the first paint, not ahead of the
			// page's own files.
			const { font, paint } = await fontAndPaintTimes(page);
			expect(font).toBeGreaterThan(paint!);
			// And only the small file with them (a few KB), not the kana and kanji.
			expect(fontRequests.map((url) => new URL(url).pathname)).toEqual([
				expect.stringMatching(/\/noto-sans-jp-web-english\.[\w-]+\.woff2$/)
			]);
		});

		test('switching to Japanese while the web font is on its way keeps the focus on the switch and the page readable by a screen reader', async ({
			page
		}) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await waitForHydration(page);
			// An English page has fetched only the small file: hold the Japanese page's large one.
			const releaseFont = await holdRequests(page, '**/noto-sans-jp-web.*.woff2');
			const button = page.locator('.lang-switch button');
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
			await expect(page.locator('html')).toHaveAttribute('data-font-loading', '');
			await expect(button).toBeFocused();
			await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/.+/);
			releaseFont();
			await expect(page.locator('html')).not.toHaveAttribute('data-font-loading');
			await expect(button).toBeFocused();
		});

		test('a browser that reports no first paint gets the web font after three seconds', async ({
			page
		}) => {
			// As an old browser without paint timing: only the script's timer is left.
			await page.addInitScript(() =>
				Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {
					get: () => ['mark', 'measure']
				})
			);
			const html = page.locator('html');
			await atThreeSeconds(
				page,
				() => expect(html).toHaveAttribute('data-japanese-font', 'pending'),
				() => expect(html).toHaveAttribute('data-japanese-font', 'web')
			);
			// The file is fetched at the next layout after that: wait until it draws the label.
			await expect
				.poll(async () => {
					const { drawn, expected } = await webFontGlyphs(page, '.lang-switch button');
					return expected > 0 && drawn === expected;
				})
				.toBe(true);
		});
	});

	test('with a local Japanese font, no font file is downloaded', async ({
		playwright,
		launchOptions,
		baseURL
	}) => {
		// A browser of its own, whose fontconfig first indexes a 5 MB font.
		test.setTimeout(120_000);
		const local = localJapaneseFont();
		test.skip(!local, 'no Japanese font files to install locally');
		const browser = await playwright.chromium.launch({
			...launchOptions,
			env: { ...process.env, ...local!.env }
		});
		try {
			const page = await browser.newPage({ baseURL, locale: 'ja-JP' });
			const fontRequests = recordFontRequests(page);
			for (const path of ['/', '/methodology']) {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
			}
			expect(fontRequests).toEqual([]);
			await expect(page.locator('html')).toHaveAttribute('data-japanese-font', 'system');
		} finally {
			await browser.close();
			local!.dispose();
		}
	});
});
