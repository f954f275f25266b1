import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Remembers the chosen language and goes back to the page the switch was pressed on. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData().catch(() => undefined);
	const locale = form?.get('locale');
	const target = String(form?.get('redirectTo') ?? '/');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: ONE_YEAR,
			sameSite: 'lax',
			httpOnly: false,
			secure: false
		});
	}
	// Only same-site paths: never an open redirect.
	redirect(303, target.startsWith('/') && !target.startsWith('//') ? target : '/');
};
