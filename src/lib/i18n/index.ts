/** Locale negotiation and message lookup. Plain TypeScript, shared by server and browser. */
import { catalogs, type Messages } from './catalog';

export type { Messages } from './catalog';
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';
export const LOCALE_COOKIE = 'lang';

export function messages(locale: Locale): Messages {
	return catalogs[locale];
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the first supported language of an Accept-Language header, by its q weights. */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return {
				lang: tag.toLowerCase().split('-')[0],
				weight: Number.isFinite(weight) ? weight : 0,
				index
			};
		})
		.filter((entry) => entry.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	return ranked.map((entry) => entry.lang).find(isLocale) ?? defaultLocale;
}

/** The text of a bilingual content field in the chosen language. */
export function pick(text: { ja: string; en: string }, locale: Locale): string {
	return text[locale];
}

export function formatPercent(value: number, locale: Locale, digits = 1): string {
	return (
		new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(value) + '%'
	);
}

export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB').format(value);
}

export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(
		date
	);
}
