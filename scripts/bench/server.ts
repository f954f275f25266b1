/** Starts the production build (`node build`) on a free loopback port, and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningServer {
	baseUrl: string;
	stop(): Promise<void>;
}

/** A port the system has free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
		});
	});
}

/** Starts `<root>/<buildDir>/index.js` (the adapter-node output). */
export async function startServer(
	root: string,
	{ buildDir = 'build', timeoutMs = 30_000 }: { buildDir?: string; timeoutMs?: number } = {}
): Promise<RunningServer> {
	const entry = join(root, buildDir, 'index.js');
	if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [entry], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseUrl },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000);
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) {
			throw new Error(`node build exited with ${child.exitCode}:\n${stderr}`);
		}
		try {
			const response = await fetch(baseUrl + '/', { signal: AbortSignal.timeout(2000) });
			await response.arrayBuffer();
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`node build did not answer on ${baseUrl} within ${timeoutMs} ms:\n${stderr}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}

	return {
		baseUrl,
		async stop() {
			if (child.exitCode !== null) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** Status of a page on the running server (404 = not built yet), following no redirects. */
export async function pageStatus(baseUrl: string, path: string): Promise<number> {
	const response = await fetch(baseUrl + path, { redirect: 'manual' });
	await response.arrayBuffer();
	return response.status;
}
