/**
 * `npm start` as the README's quick start runs it: the build served by scripts/start.js, on plain
 * http://localhost, with no ORIGIN set. The other browser tests use a server with ORIGIN set
 * (playwright.config.ts), so they cannot see what a visitor of the quick start sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

/** A port no one is listening on. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

async function whenServing(url: string, server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${url} did not answer within 30 s`);
}

test('the language switch works on the quick start’s http://localhost, without ORIGIN', async ({
	browser
}) => {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
	delete env.ORIGIN;
	delete env.PROTOCOL_HEADER;
	delete env.HOST;
	const server = spawn(process.execPath, ['scripts/start.js'], { env, stdio: 'pipe' });
	let output = '';
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	try {
		const home = `http://localhost:${port}/`;
		await whenServing(home, server);
		expect(output).toContain(`Open http://localhost:${port}`);

		const context = await browser.newContext({ locale: 'ja-JP' });
		const page = await context.newPage();
		await page.goto(home);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await page.locator('.lang-switch button').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CS Maturity Check');
		await context.close();
	} finally {
		server.kill();
	}
});
