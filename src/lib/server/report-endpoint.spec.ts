import content from 'virtual:content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalAnswers } from '../../../tests/helpers/answers.ts';
import { answersFile } from '../domain/schema.ts';
import { score } from '../domain/scoring.ts';
import {
	contentDisposition,
	handleReportRequest,
	MAX_BODY_BYTES,
	type ReportFormat
} from './report-endpoint.ts';

const URL = 'http://localhost/api/report';
const now = () => new Date(2026, 10, 23, 10, 0);
const handle = (request: Request) => handleReportRequest(request, { content, now });

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
	return new Request(URL, {
		method: 'POST',
		body,
		headers: { 'Content-Type': 'application/json', ...headers },
		// Needed by Node's fetch for a streamed body.
		...(body instanceof ReadableStream ? { duplex: 'half' } : {})
	} as RequestInit);
}

const valid = (format: ReportFormat, extra: Record<string, unknown> = {}) =>
	JSON.stringify({
		questionSet: content.version,
		answers: minimalAnswers,
		format,
		locale: 'ja',
		...extra
	});

async function errorBody(response: Response) {
	expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
	const body = (await response.json()) as { error: string; issues: string[] };
	expect(typeof body.error).toBe('string');
	expect(Array.isArray(body.issues)).toBe(true);
	return body;
}

// The handler must never log (the answers would end up in logs).
const logs = ['log', 'info', 'warn', 'error', 'debug'] as const;
let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
	spies = logs.map((name) => vi.spyOn(console, name));
});
afterEach(() => {
	for (const spy of spies) {
		expect(spy).not.toHaveBeenCalled();
		spy.mockRestore();
	}
});

describe('POST /api/report: the files', () => {
	it.each([
		['pdf', 'application/pdf'],
		['md', 'text/markdown; charset=utf-8'],
		['csv', 'text/csv; charset=utf-8'],
		['json', 'application/json; charset=utf-8']
	] as const)(
		'makes %s with Content-Type %s and a file name',
		async (format, type) => {
			const response = await handle(post(valid(format)));
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe(type);
			expect(response.headers.get('content-disposition')).toBe(
				`attachment; filename="cs-maturity-check-2026-11-23.${format}"`
			);
			expect(response.headers.get('cache-control')).toBe('no-store');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
			const text = new TextDecoder().decode(bytes);
			if (format === 'pdf') expect(text.startsWith('%PDF-')).toBe(true);
			if (format === 'md') expect(text).toMatch(/^# CS成熟度診断 レポート/);
			if (format === 'csv') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			if (format === 'json') {
				const file = answersFile.parse(JSON.parse(text));
				expect(file.answers).toEqual(score(content, minimalAnswers).answers);
			}
		},
		60_000
	);

	it('uses the language asked for', async () => {
		const response = await handle(post(valid('md', { locale: 'en' })));
		expect(await response.text()).toMatch(/^# CS Maturity Check report/);
	});

	it('dates the report and the file name with the user’s day when given', async () => {
		const response = await handle(post(valid('md', { date: '2027-01-05' })));
		expect(response.headers.get('content-disposition')).toContain(
			'cs-maturity-check-2027-01-05.md'
		);
		expect(await response.text()).toContain('作成日：2027年1月5日');
	});

	it('accepts a body that starts with a byte-order mark', async () => {
		const response = await handle(post('\uFEFF' + valid('json')));
		expect(response.status).toBe(200);
	});
});

describe('POST /api/report: bad input', () => {
	it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
		'answers %s with 405 and Allow',
		async (method) => {
			const response = await handle(new Request(URL, { method }));
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('POST');
			await errorBody(response);
		}
	);

	it('wants JSON: 415 for another content type', async () => {
		const response = await handle(post(valid('md'), { 'Content-Type': 'text/plain' }));
		expect(response.status).toBe(415);
		await errorBody(response);
	});

	it('refuses a body declared larger than the limit without reading it', async () => {
		let pulled = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled += 1;
				controller.enqueue(new Uint8Array(1024));
			}
		});
		const response = await handle(post(stream, { 'Content-Length': String(MAX_BODY_BYTES + 1) }));
		expect(response.status).toBe(413);
		expect(pulled).toBeLessThanOrEqual(1);
		await errorBody(response);
	});

	it('counts the bytes itself: a body larger than it claims, or of unknown length, gets 413', async () => {
		let sent = 0;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent += 4096;
				controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
			}
		});
		const response = await handle(post(endless, { 'Content-Length': '10' }));
		expect(response.status).toBe(413);
		// It stopped reading soon after the limit.
		expect(sent).toBeLessThan(MAX_BODY_BYTES + 3 * 4096);
		await errorBody(response);

		const big = valid('md').replace('{', `{"padding":"${'x'.repeat(MAX_BODY_BYTES)}",`);
		const plain = await handle(post(big));
		expect(plain.status).toBe(413);
	});

	it('accepts a body of exactly the limit (then judges its content)', async () => {
		const body = valid('md');
		const padded = body + ' '.repeat(MAX_BODY_BYTES - new TextEncoder().encode(body).length);
		const response = await handle(post(padded));
		expect(response.status).toBe(200);
	});

	it.each([
		['empty', ''],
		['broken JSON', '{"questionSet":'],
		['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]
	])('400 for a body that is not JSON (%s)', async (_name, body) => {
		const response = await handle(post(body));
		expect(response.status).toBe(400);
		const { error, issues } = await errorBody(response);
		expect(error).toMatch(/not valid JSON/);
		expect(issues.length).toBe(1);
	});

	it('400 with the schema issues for a request of the wrong shape', async () => {
		const response = await handle(
			post(JSON.stringify({ questionSet: 3, answers: { Touch: 'x' }, format: 'docx', extra: 1 }))
		);
		expect(response.status).toBe(400);
		const { issues } = await errorBody(response);
		expect(issues.join('\n')).toMatch(/questionSet/);
		expect(issues.join('\n')).toMatch(/format/);
		expect(issues.join('\n')).toMatch(/locale/);
		expect(issues.join('\n')).toMatch(/extra/);
	});

	it('400 with every answer problem, in plain words', async () => {
		const { touch_model: _removed, ...rest } = minimalAnswers;
		void _removed;
		const response = await handle(
			post(
				JSON.stringify({
					questionSet: '1999.1',
					answers: { ...rest, nope: 'x', phase_operation: 'sometimes' },
					format: 'pdf',
					locale: 'en'
				})
			)
		);
		expect(response.status).toBe(400);
		const { error, issues } = await errorBody(response);
		expect(error).toContain(content.version);
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.stringContaining('questionSet is "1999.1"'),
				'answers.nope: unknown question — remove it or check the spelling',
				expect.stringContaining('answers.phase_operation: unknown option "sometimes"'),
				'answers.touch_model: required answer is missing'
			])
		);
	});

	it('400 for a date that does not exist', async () => {
		const response = await handle(post(valid('md', { date: '2026-02-30' })));
		expect(response.status).toBe(400);
		const { issues } = await errorBody(response);
		expect(issues[0]).toMatch(/^date: /);
	});
});

describe('contentDisposition', () => {
	it('gives a plain filename for ASCII names and adds filename* (RFC 5987) otherwise', () => {
		expect(contentDisposition('cs-maturity-check-2026-11-23.pdf')).toBe(
			'attachment; filename="cs-maturity-check-2026-11-23.pdf"'
		);
		expect(contentDisposition('診断 (1).pdf')).toBe(
			`attachment; filename="__ (1).pdf"; filename*=UTF-8''%E8%A8%BA%E6%96%AD%20%281%29.pdf`
		);
		expect(contentDisposition('a"b.pdf')).toBe(
			`attachment; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`
		);
	});
});
