import { describe, expect, it } from 'vitest';
import {
	defaultLocale,
	formatDate,
	formatNumber,
	formatPercent,
	isLocale,
	negotiateLocale
} from './index';

describe('negotiateLocale', () => {
	it('serves Japanese when there is no header', () => {
		expect(negotiateLocale(undefined)).toBe('ja');
		expect(negotiateLocale(null)).toBe('ja');
		expect(negotiateLocale('')).toBe('ja');
		expect(defaultLocale).toBe('ja');
	});

	it('takes the supported language a browser asks for', () => {
		expect(negotiateLocale('en')).toBe('en');
		expect(negotiateLocale('ja')).toBe('ja');
	});

	it('ignores regions, scripts and case', () => {
		expect(negotiateLocale('en-US')).toBe('en');
		expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
		expect(negotiateLocale('ja-JP')).toBe('ja');
		expect(negotiateLocale('EN-us')).toBe('en');
		expect(negotiateLocale('ja-Jpan-JP')).toBe('ja');
		expect(negotiateLocale('en_US')).toBe('en');
	});

	it('follows the q weights, not the order', () => {
		expect(negotiateLocale('ja;q=0.5, en;q=0.8')).toBe('en');
		expect(negotiateLocale('en;q=0.3,ja;q=0.7')).toBe('ja');
		expect(negotiateLocale('en-US,en;q=0.9,ja;q=0.8')).toBe('en');
		expect(negotiateLocale('ja,en-US;q=0.9,en;q=0.8')).toBe('ja');
		expect(negotiateLocale('en; q=0.9, ja; q=1.0')).toBe('ja');
	});

	it('breaks a tie by the order of the header', () => {
		expect(negotiateLocale('en;q=0.8,ja;q=0.8')).toBe('en');
		expect(negotiateLocale('ja;q=0.8,en;q=0.8')).toBe('ja');
	});

	it('skips languages it does not support', () => {
		expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.5')).toBe('en');
		expect(negotiateLocale('de,zh-CN;q=0.8,ja;q=0.2')).toBe('ja');
		expect(negotiateLocale('fr,de')).toBe('ja');
		expect(negotiateLocale('zh-TW')).toBe('ja');
	});

	it('treats q=0 as a refusal', () => {
		expect(negotiateLocale('ja;q=0,en;q=0.1')).toBe('en');
		expect(negotiateLocale('en;q=0')).toBe('ja');
		expect(negotiateLocale('ja;q=0, en;q=0')).toBe('ja');
	});

	it('reads the wildcard as any language not named', () => {
		expect(negotiateLocale('fr,*;q=0.5')).toBe('ja');
		expect(negotiateLocale('fr,*;q=0.5,en;q=0.1')).toBe('ja');
		expect(negotiateLocale('ja;q=0,*')).toBe('en');
		expect(negotiateLocale('*;q=0.5,en;q=0.5')).toBe('en');
	});

	it('uses the first mention of a language', () => {
		expect(negotiateLocale('en-US;q=1,en;q=0.1,ja;q=0.5')).toBe('en');
	});

	it('skips malformed entries and survives garbage', () => {
		expect(negotiateLocale('en;q=abc,ja;q=0.5')).toBe('ja');
		expect(negotiateLocale('en;q=2,ja;q=0.5')).toBe('ja');
		expect(negotiateLocale('en;q=-1')).toBe('ja');
		expect(negotiateLocale('en;q=')).toBe('ja');
		expect(negotiateLocale(';;;,,,')).toBe('ja');
		expect(negotiateLocale('日本語')).toBe('ja');
		expect(negotiateLocale('<script>,en')).toBe('en');
		expect(negotiateLocale('q=0.5')).toBe('ja');
		expect(negotiateLocale('x'.repeat(100_000))).toBe('ja');
		expect(negotiateLocale('fr,'.repeat(10_000) + 'en')).toBe('ja');
	});
});

describe('isLocale', () => {
	it('accepts only the supported languages', () => {
		expect(isLocale('ja')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(isLocale('EN')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
		expect(isLocale(1)).toBe(false);
	});
});

/** Every text of a catalog as path → value (functions as their parameter count). */
function flatten(node: unknown, path = ''): Map<string, string | number> {
	const entries = new Map<string, string | number>();
	if (typeof node === 'string') entries.set(path, node);
	else if (typeof node === 'function') entries.set(path, node.length);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			for (const entry of flatten(value, path ? `${path}.${key}` : key)) entries.set(...entry);
		}
	} else entries.set(path, `unexpected ${typeof node}`);
	return entries;
}

describe('message sections', () => {
	const sections = import.meta.glob<{ ja: unknown; en: unknown }>('./sections/*.ts', {
		eager: true
	});

	it('finds the section files', () => {
		expect(Object.keys(sections).length).toBeGreaterThanOrEqual(6);
	});

	it.each(Object.entries(sections))(
		'%s has the same texts in English as in Japanese',
		(_, section) => {
			const ja = flatten(section.ja);
			const en = flatten(section.en);
			expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
			for (const [key, value] of ja) {
				// A function takes the same parameters in both languages; a string is never empty.
				if (typeof value === 'number') expect(en.get(key), key).toBe(value);
				else {
					expect(value.trim(), `ja ${key}`).not.toBe('');
					expect(String(en.get(key)).trim(), `en ${key}`).not.toBe('');
				}
			}
		}
	);
});

describe('formatters', () => {
	it('writes percentages given in percent', () => {
		expect(formatPercent(42.5, 'ja')).toBe('42.5%');
		expect(formatPercent(42.5, 'en')).toBe('42.5%');
		expect(formatPercent(7, 'en')).toBe('7.0%');
		expect(formatPercent(66.666, 'ja', 0)).toBe('67%');
		expect(formatPercent(100, 'en', 0)).toBe('100%');
		expect(formatPercent(0.05, 'ja', 2)).toBe('0.05%');
		expect(formatPercent(-3.25, 'en', 1)).toMatch(/^[-−]3\.3%$/);
	});

	it('rounds like people do, not like binary fractions', () => {
		// Halves round away from zero, and 1.005 is not first divided into 0.010049999….
		expect(formatPercent(28.5, 'ja', 0)).toBe('29%');
		expect(formatPercent(1.005, 'en', 2)).toBe('1.01%');
	});

	it('groups thousands', () => {
		expect(formatNumber(1234567, 'ja')).toBe('1,234,567');
		expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
	});

	it('writes dates the way each language does', () => {
		// Noon local time, so the calendar day is the same in every time zone the tests run in.
		const date = new Date(2025, 4, 3, 12);
		expect(formatDate(date, 'ja')).toBe('2025年5月3日');
		expect(formatDate(date, 'en')).toBe('3 May 2025');
		expect(formatDate(date, 'ja', { year: 'numeric', month: 'short' })).toBe('2025年5月');
		expect(formatDate(date, 'en', { year: 'numeric', month: 'short' })).toBe('May 2025');
	});
});
