import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/content/vite-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	build: {
		// The CSP allows fonts from our origin only (font-src 'self'), not as data: URLs, which Vite
		// makes of files under 4 KB (the web font's file for English pages is 3.7 KB).
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined)
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Property tests and CLI runs are slow on a loaded 2-core machine; speed is measured by
		// `npm run bench`, not by timeouts.
		testTimeout: 60_000
	}
});
