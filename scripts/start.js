/**
 * `npm start`: serves the production build (build/, made by `npm run build`) on this machine.
 *
 * adapter-node takes the site's address from ORIGIN and, when it is not set, assumes https. On
 * plain http://localhost that made SvelteKit refuse the language switch, a form POST that it
 * checks against cross-site requests by comparing the browser's Origin with that address. So
 * unless ORIGIN (or PROTOCOL_HEADER, behind a proxy) says otherwise, the address is
 * http://localhost and the port. A deployment sets ORIGIN to its public address (README).
 */
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) {
	process.env.ORIGIN = `http://localhost:${process.env.PORT ?? '3000'}`;
	console.log(`Open ${process.env.ORIGIN}`);
}
await import('../build/index.js');
