/**
 * Number and figure texts for the results view, in the page's language (Intl through the helpers
 * of $lib/i18n). Kept apart from the components so the charts, summaries and tables agree.
 */
import type { Content, SourcedFigure } from '$lib/content/validate';
import { formatNumber, formatPercent, numberFormat, pick, type Locale } from '$lib/i18n';
import { texts as resultsTexts } from '$lib/i18n/sections/results';
import type { Segment } from '$lib/domain/schema';

/** A change in percentage points or score points, with its sign: +12.3, −4.0. */
export function formatSigned(value: number, locale: Locale): string {
	return numberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(value);
}

/** A 0–100 score as computed (one decimal at most): 58.8, 100. */
export function formatScore(value: number, locale: Locale): string {
	return formatNumber(value, locale);
}

/** n=494, or "n not given" (null n). */
export function formatN(n: number | null, locale: Locale): string {
	const t = resultsTexts[locale];
	return n === null ? t.nNotPrinted : t.nText(formatNumber(n, locale));
}

/** The n of two groups side by side: n=276／224. */
export function formatPairN(a: Segment, b: Segment, locale: Locale): string {
	const t = resultsTexts[locale];
	if (a.n === null || b.n === null) return t.nNotPrinted;
	const separator = locale === 'ja' ? '／' : '/';
	return t.nText(`${formatNumber(a.n, locale)}${separator}${formatNumber(b.n, locale)}`);
}

/** A percentage as printed, with the derived mark when it is not printed: 44.7%†. */
export function formatShare(value: number, derived: boolean, locale: Locale): string {
	const t = resultsTexts[locale];
	return formatPercent(value, locale) + (derived ? t.derivedMark : '');
}

/** Title (year) of a figure's source document. */
export function sourceText(content: Content, sourceId: string, locale: Locale): string {
	const source = content.sources[sourceId]!;
	return resultsTexts[locale].sourceYear(pick(source.title, locale), source.year);
}

export function segmentOf(content: Content, figure: SourcedFigure) {
	return content.segments[figure.segment]!;
}
