import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-node';

/**
 * Our own inline scripts: src/app.html carries them, src/hooks.server.ts fills each in verbatim,
 * so these hashes of the files are the hashes of the scripts the browser runs. Line ends as the
 * browser's parser makes them (a checkout may have CRLF); `vite dev` reads this once, so restart
 * it after editing a script.
 */
const inlineScriptHashes = ['detect-japanese-font.js', 'warm-up-intl.js'].map((file) => {
	const source = readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8');
	const parsed = source.replace(/\r\n?/g, '\n');
	return `sha256-${createHash('sha256').update(parsed).digest('base64')}`;
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ precompress: true }),
		// The components' small stylesheets are inlined (SvelteKit adds each <style>'s hash to the
		// CSP), so the first paint waits for one stylesheet, the layout's (with the font rules),
		// which is cached across pages. Inlining that one too made every page 43 KB.
		inlineStyleThreshold: 8 * 1024,
		// Scripts are hashed so the CSP needs no 'unsafe-inline' for them (SvelteKit hashes its own;
		// ours are above). The headers that every response carries (including the built assets
		// adapter-node serves) are in hooks.server.ts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScriptHashes],
				// Stylesheets: our own files only (plus the hashes SvelteKit adds for any <style> it
				// inlines); no 'unsafe-inline' for <style> elements. Style *attributes* do need it:
				// SvelteKit's route announcer carries one, Svelte renders `style:` directives and
				// style={...} into the server HTML as attributes, and chart.js sizes its canvas.
				// Attributes cannot run script, and Svelte escapes every value it interpolates, so
				// allowing them (only them: style-src-attr) keeps the policy strict where it counts.
				// Svelte 5 transitions use the Web Animations API, which CSP does not restrict.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
