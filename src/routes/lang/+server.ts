import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { sameOriginPath } from './same-origin-path';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Remembers the chosen language (a cookie the server reads; the page itself is rendered in it)
 * and goes back to the page the switch was pressed on: path, query and, when the browser's
 * script added it, the #hash. Works as a plain form POST, without JavaScript.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData().catch(() => undefined);
	const locale = form?.get('locale');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: ONE_YEAR,
			sameSite: 'lax',
			httpOnly: true,
			secure: url.protocol === 'https:'
		});
	}
	redirect(303, sameOriginPath(form?.get('redirectTo'), url));
};
