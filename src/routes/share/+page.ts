/**
 * The share page reads the answers from the #fragment, which only the browser has: there is
 * nothing to render on the server.
 */
export const ssr = false;
