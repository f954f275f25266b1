/**
 * Fuzz test of POST /api/report's handler: well over a thousand random and mutated requests
 * (bodies, methods, content types, declared lengths). Every one must get either 200 with a file
 * of the asked-for type, or a 4xx with a JSON body { error, issues } — never a throw, never a 500,
 * and never a line in the log.
 */
import fc from 'fast-check';
import content from 'virtual:content';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { completeAnswers } from '../domain/answers.arbitrary.ts';
import { CONTENT_TYPES, handleReportRequest, MAX_BODY_BYTES } from './report-endpoint.ts';

const RUNS = 1200;
const URL = 'http://localhost/api/report';
const now = () => new Date(2026, 10, 23);

type Json = ReturnType<typeof JSON.parse>;

/** A valid request body (PDF left to its own, smaller run: it is the slow format). */
const validBody = (formats: string[]) =>
	fc.record({
		questionSet: fc.constant(content.version),
		answers: completeAnswers(content),
		format: fc.constantFrom(...formats),
		locale: fc.constantFrom('ja', 'en')
	});

const questionIds = content.dimensions.flatMap((dimension) =>
	dimension.questions.map((question) => question.id)
);

/** One structural change to a body object. */
const mutation = fc.oneof(
	fc.record({
		kind: fc.constant('drop' as const),
		key: fc.constantFrom('questionSet', 'answers', 'format', 'locale')
	}),
	fc.record({
		kind: fc.constant('set' as const),
		key: fc.constantFrom(
			'questionSet',
			'answers',
			'format',
			'locale',
			'date',
			'extra',
			'__proto__'
		),
		value: fc.jsonValue({ maxDepth: 3 })
	}),
	fc.record({
		kind: fc.constant('dropAnswer' as const),
		question: fc.constantFrom(...questionIds)
	}),
	fc.record({
		kind: fc.constant('setAnswer' as const),
		question: fc.oneof(fc.constantFrom(...questionIds), fc.string({ maxLength: 12 })),
		value: fc.oneof(
			fc.string({ maxLength: 12 }),
			fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
			fc.jsonValue({ maxDepth: 2 })
		)
	}),
	fc.record({
		kind: fc.constant('date' as const),
		value: fc.oneof(
			fc
				.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true })
				.map((date) => date.toISOString().slice(0, 10)),
			fc.string({ maxLength: 12 })
		)
	})
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(body: Record<string, Json>, changes: Mutation[]): Record<string, Json> {
	const out: Record<string, Json> = { ...body, answers: { ...body.answers } };
	for (const change of changes) {
		switch (change.kind) {
			case 'drop':
				delete out[change.key];
				break;
			case 'set':
				// defineProperty, so "__proto__" becomes a key of the JSON rather than the prototype.
				Object.defineProperty(out, change.key, {
					value: change.value,
					enumerable: true,
					writable: true,
					configurable: true
				});
				break;
			case 'dropAnswer':
				if (out.answers && typeof out.answers === 'object') delete out.answers[change.question];
				break;
			case 'setAnswer':
				if (out.answers && typeof out.answers === 'object' && !Array.isArray(out.answers)) {
					Object.defineProperty(out.answers, change.question, {
						value: change.value,
						enumerable: true,
						writable: true,
						configurable: true
					});
				}
				break;
			case 'date':
				out.date = change.value;
				break;
		}
	}
	return out;
}

/** One change to the serialised text: cut, insert, replace, pad past the limit. */
const textEdit = fc.oneof(
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ maxLength: 4, unit: 'binary' })
	}),
	fc.record({
		kind: fc.constant('replace' as const),
		at: fc.nat(),
		text: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })
	}),
	fc.record({
		kind: fc.constant('pad' as const),
		size: fc.integer({ min: MAX_BODY_BYTES - 64, max: MAX_BODY_BYTES + 64 })
	})
);
type TextEdit = typeof textEdit extends fc.Arbitrary<infer E> ? E : never;

function editText(text: string, change: TextEdit): string {
	const at = 'at' in change && text.length ? change.at % text.length : 0;
	switch (change.kind) {
		case 'cut':
			return text.slice(0, at);
		case 'insert':
			return text.slice(0, at) + change.text + text.slice(at);
		case 'replace':
			return text.slice(0, at) + change.text + text.slice(at + 1);
		case 'pad':
			return text + ' '.repeat(Math.max(0, change.size - text.length));
	}
}

/** Bodies: mutated valid requests, edited JSON text, random JSON, random text and random bytes. */
const body = (formats: string[]): fc.Arbitrary<string | Uint8Array> =>
	fc.oneof(
		{ weight: 3, arbitrary: validBody(formats).map((value) => JSON.stringify(value)) },
		{
			weight: 4,
			arbitrary: fc
				.tuple(validBody(formats), fc.array(mutation, { minLength: 1, maxLength: 3 }))
				.map(([value, changes]) => JSON.stringify(mutate(value, changes)))
		},
		{
			weight: 3,
			arbitrary: fc
				.tuple(validBody(formats), textEdit)
				.map(([value, change]) => editText(JSON.stringify(value), change))
		},
		{
			weight: 1,
			arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? '')
		},
		{ weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'grapheme' }) },
		{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) }
	);

const request = (formats: string[]) =>
	fc.record({
		method: fc.oneof(
			{ weight: 12, arbitrary: fc.constant('POST') },
			{ weight: 1, arbitrary: fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') }
		),
		contentType: fc.oneof(
			{ weight: 10, arbitrary: fc.constant('application/json') },
			{
				weight: 2,
				arbitrary: fc.constantFrom(
					'application/json; charset=utf-8',
					'Application/JSON',
					'text/plain',
					'application/x-www-form-urlencoded',
					'multipart/form-data; boundary=x',
					''
				)
			}
		),
		declaredLength: fc.option(fc.oneof(fc.nat({ max: 2 * MAX_BODY_BYTES }), fc.constant(-1)), {
			freq: 5
		}),
		body: body(formats)
	});

type FuzzRequest = typeof request extends (...args: never[]) => fc.Arbitrary<infer R> ? R : never;

function toRequest(input: FuzzRequest): Request {
	const headers = new Headers();
	if (input.contentType) headers.set('Content-Type', input.contentType);
	if (input.declaredLength !== null) headers.set('Content-Length', String(input.declaredLength));
	const canHaveBody = input.method !== 'GET' && input.method !== 'HEAD';
	return new Request(URL, {
		method: input.method,
		headers,
		body: canHaveBody ? (input.body as BodyInit) : null
	});
}

async function check(input: FuzzRequest) {
	const response = await handleReportRequest(toRequest(input), { content, now });
	const type = response.headers.get('content-type');
	if (response.status === 200) {
		expect(Object.values(CONTENT_TYPES)).toContain(type);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="cs-maturity-check-\d{4}-\d{2}-\d{2}\.(pdf|md|csv|json)"$/
		);
		await response.arrayBuffer();
		return;
	}
	expect(response.status).toBeGreaterThanOrEqual(400);
	expect(response.status).toBeLessThan(500);
	expect(type).toBe('application/json; charset=utf-8');
	const error = await response.json();
	expect(Object.keys(error)).toEqual(['error', 'issues']);
	expect(typeof error.error).toBe('string');
	expect(Array.isArray(error.issues)).toBe(true);
	for (const issue of error.issues) expect(typeof issue).toBe('string');
	if (response.status === 405) expect(response.headers.get('allow')).toBe('POST');
}

describe('POST /api/report under fuzzing', () => {
	const logged: ReturnType<typeof vi.spyOn>[] = [];
	beforeAll(() => {
		for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			logged.push(vi.spyOn(console, name));
		}
	});
	afterAll(() => {
		for (const spy of logged) {
			expect(spy).not.toHaveBeenCalled();
			spy.mockRestore();
		}
	});

	it(`answers ${RUNS} random and mutated requests with 200 or a 4xx JSON error`, async () => {
		const statuses = new Map<number, number>();
		await fc.assert(
			fc.asyncProperty(request(['md', 'csv', 'json']), async (input) => {
				await check(input);
			}),
			{ numRuns: RUNS }
		);
		// The generators reach both sides: enough valid requests and every kind of refusal.
		await fc.assert(
			fc.asyncProperty(request(['md', 'csv', 'json']), async (input) => {
				const response = await handleReportRequest(toRequest(input), { content, now });
				statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			}),
			{ numRuns: 300, seed: 42 }
		);
		for (const status of [200, 400, 405, 413, 415])
			expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
	}, 300_000);

	it('does the same for PDF requests', async () => {
		await fc.assert(
			fc.asyncProperty(request(['pdf']), async (input) => {
				await check(input);
			}),
			{ numRuns: 40 }
		);
	}, 300_000);
});
