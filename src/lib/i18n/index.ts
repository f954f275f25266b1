/**
 * Locale negotiation and formatting. Plain TypeScript, shared by server and browser.
 *
 * The interface texts live in sections/, one file per feature (Japanese the source, English typed
 * from it). A component imports only the sections it shows, so a page downloads only its own texts.
 */
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';
export const LOCALE_COOKIE = 'lang';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language to serve a first-time visitor, from the Accept-Language header (RFC 9110): the
 * supported language with the highest q weight, the earlier one on a tie. A region or script
 * does not matter (en-US, en-GB and ja-JP count as en and ja), q=0 means "not this one", and `*`
 * stands for any language not named otherwise. Anything unreadable is skipped; with nothing
 * usable, Japanese.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	/** Each language's weight and where it was first named (a tie goes to the earlier one). */
	const named = new Map<string, { weight: number; position: number }>();
	let wildcard: { weight: number; position: number } | undefined;
	// Real headers are short; a hostile one is cut rather than parsed at length.
	const parts = header.slice(0, 2000).split(',').slice(0, 50);
	parts.forEach((part, position) => {
		const [rawTag = '', ...params] = part.split(';');
		const tag = rawTag.trim().toLowerCase();
		const weight = parseWeight(params);
		if (weight === undefined) return;
		if (tag === '*') {
			wildcard ??= { weight, position };
		} else if (/^[a-z]{1,8}([-_][a-z0-9]{1,8})*$/.test(tag)) {
			const language = tag.split(/[-_]/)[0] ?? '';
			// The first mention decides (en-US;q=1, en;q=0.1: 1).
			if (!named.has(language)) named.set(language, { weight, position });
		}
	});
	type Candidate = { locale: Locale; weight: number; position: number; named: number };
	const candidates = locales
		.map((locale): Candidate | undefined => {
			const entry = named.get(locale);
			return entry ? { locale, ...entry, named: 1 } : wildcard && { locale, ...wildcard, named: 0 };
		})
		.filter((candidate): candidate is Candidate => candidate !== undefined && candidate.weight > 0)
		.sort(
			(a, b) =>
				b.weight - a.weight ||
				// A language named outright beats one the wildcard stands for.
				b.named - a.named ||
				a.position - b.position ||
				Number(b.locale === defaultLocale) - Number(a.locale === defaultLocale)
		);
	return candidates[0]?.locale ?? defaultLocale;
}

/** The q weight of one Accept-Language entry: 1 when absent, undefined when malformed. */
function parseWeight(params: string[]): number | undefined {
	let weight = 1;
	for (const param of params) {
		const [name = '', value = ''] = param.split('=').map((piece) => piece.trim());
		if (name.toLowerCase() !== 'q') continue;
		if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
		weight = Number(value);
	}
	return weight;
}

/** The text of a bilingual content field in the chosen language. */
export function pick(text: { ja: string; en: string }, locale: Locale): string {
	return text[locale];
}

/** The Intl locale behind each interface language (English dates as "3 May 2025"). */
export const intlLocales: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Built once per locale and options: setting one up costs the browser milliseconds. */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocales[locale], options);
		numberFormats.set(key, format);
	}
	return format;
}

/**
 * A percentage given in percent (42.5 → "42.5%"), with `digits` decimals, written the way the
 * locale writes percentages. (The percent *unit* takes the value as it is: style 'percent' would
 * need value / 100, whose binary error turns 1.005 into 1.00.)
 */
export function formatPercent(value: number, locale: Locale, digits = 1): string {
	return numberFormat(locale, {
		style: 'unit',
		unit: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

export function formatNumber(value: number, locale: Locale): string {
	return numberFormat(locale, {}).format(value);
}

/** A date as the locale writes it in full: 2025年5月3日, 3 May 2025. */
export function formatDate(
	date: Date,
	locale: Locale,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
): string {
	return new Intl.DateTimeFormat(intlLocales[locale], options).format(date);
}
