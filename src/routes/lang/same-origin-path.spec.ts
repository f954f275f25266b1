import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './same-origin-path';

const base = new URL('http://127.0.0.1:4173/lang');

describe('sameOriginPath', () => {
	it('keeps the path, query and hash of a page on this site', () => {
		expect(sameOriginPath('/q/context?step=2#q-size', base)).toBe('/q/context?step=2#q-size');
		expect(sameOriginPath('/', base)).toBe('/');
	});

	it.each([
		'//evil.example/',
		'/\\evil.example/',
		'/\\/evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		'results',
		''
	])('refuses %j', (value) => {
		expect(sameOriginPath(value, base)).toBe('/');
	});

	it('refuses what is not a string', () => {
		expect(sameOriginPath(null, base)).toBe('/');
		expect(sameOriginPath(undefined, base)).toBe('/');
	});

	it('drops control characters that could split a header', () => {
		expect(sameOriginPath('/methodology\r\nSet-Cookie: x=1', base)).not.toMatch(/[\r\n]/);
	});
});
