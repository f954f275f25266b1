/**
 * POST /api/report: makes the PDF, Markdown, CSV or JSON download from a set of answers.
 * A plain function of a Request to a Response (src/routes/api/report/+server.ts only passes the
 * content in), so it can be tested and fuzzed without a server.
 *
 * Bad input never throws: a body over MAX_BODY_BYTES gets 413 (by its Content-Length and by
 * counting the bytes actually read), a body that is not JSON, not a report request, or whose
 * answers do not fit the question set gets 400, another content type 415 and another method 405,
 * each with a JSON body { error, issues }. The answers are used for this one response only:
 * nothing here stores or logs them.
 */
import { z } from 'zod';
import type { Content } from '../content/validate.ts';
import { reportToCsv } from '../domain/export/csv.ts';
import { reportToJson } from '../domain/export/json.ts';
import { reportToMarkdown } from '../domain/export/markdown.ts';
import { checkAnswerSet, describeProblem } from '../domain/questionnaire.ts';
import { buildReport, reportFileName } from '../domain/report.ts';
import { answerMap } from '../domain/schema.ts';
import { score } from '../domain/scoring.ts';
import { renderReportPdf } from './pdf/render.ts';

export const MAX_BODY_BYTES = 64 * 1024;
/** At most this many issues are listed in a 400 response. */
const MAX_ISSUES = 50;

export const REPORT_FORMATS = ['pdf', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
	pdf: 'application/pdf',
	md: 'text/markdown; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23')
	.refine((value) => {
		const [year, month, day] = value.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(year, month - 1, day));
		return (
			year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
		);
	}, 'must be a real date between 2000 and 2100');

/** The request body. `date` is the user's local day for the report and file name (optional). */
export const reportRequest = z.strictObject({
	questionSet: z.string().min(1).max(40),
	answers: answerMap,
	format: z.enum(REPORT_FORMATS),
	locale: z.enum(['ja', 'en']),
	date: isoDay.optional()
});
export type ReportRequest = z.infer<typeof reportRequest>;

export interface ReportEndpointOptions {
	content: Content;
	/** The clock (tests pass a fixed one). */
	now?: () => Date;
	maxBodyBytes?: number;
}

function errorResponse(
	status: number,
	error: string,
	issues: string[] = [],
	headers: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify({ error, issues: issues.slice(0, MAX_ISSUES) }), {
		status,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'no-store',
			...headers
		}
	});
}

/** RFC 6266 / RFC 5987: a plain filename, and filename* as well when it is not ASCII. */
export function contentDisposition(filename: string): string {
	const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
	if (ascii === filename) return `attachment; filename="${filename}"`;
	const encoded = encodeURIComponent(filename).replace(
		/['()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

class BodyTooLarge extends Error {}

/**
 * Reads at most `limit` bytes of the body; throws BodyTooLarge as soon as there are more. The
 * rest is left unread rather than cancelled: on the Node server, cancelling the body destroys the
 * connection, and the client would get no 413 at all.
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			reader.releaseLock();
			throw new BodyTooLarge();
		}
		chunks.push(value);
	}
	const body = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

const dayToDate = (day: string) => {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, date);
};

export async function handleReportRequest(
	request: Request,
	options: ReportEndpointOptions
): Promise<Response> {
	try {
		return await respond(request, options);
	} catch (error) {
		// Only the error, never the request: the answers are not logged.
		console.error('POST /api/report failed:', error instanceof Error ? error.stack : error);
		return errorResponse(500, 'The file could not be made. Please try again later.');
	}
}

async function respond(request: Request, options: ReportEndpointOptions): Promise<Response> {
	const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
	if (request.method !== 'POST') {
		return errorResponse(405, `Method ${request.method} is not allowed; use POST.`, [], {
			Allow: 'POST'
		});
	}
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (type !== 'application/json') {
		return errorResponse(415, 'Send the request as JSON (Content-Type: application/json).');
	}
	const declared = request.headers.get('content-length');
	if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
		return errorResponse(413, `The request body is larger than ${limit} bytes.`);
	}

	let bytes: Uint8Array;
	try {
		bytes = await readBody(request, limit);
	} catch (error) {
		if (error instanceof BodyTooLarge) {
			// The connection is closed after the answer, so the unread rest is not waited for.
			return errorResponse(413, `The request body is larger than ${limit} bytes.`, [], {
				Connection: 'close'
			});
		}
		return errorResponse(400, 'The request body could not be read.');
	}

	let data: unknown;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return errorResponse(400, 'The request body is not valid JSON.', [
			error instanceof Error ? error.message : String(error)
		]);
	}

	const parsed = reportRequest.safeParse(data);
	if (!parsed.success) {
		return errorResponse(
			400,
			'Expected { "questionSet": "…", "answers": { … }, "format": "pdf" | "md" | "csv" | "json", "locale": "ja" | "en" }.',
			parsed.error.issues.map(
				(issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`
			)
		);
	}
	const body = parsed.data;
	const problems = checkAnswerSet(options.content, body.questionSet, body.answers);
	if (problems.length) {
		return errorResponse(
			400,
			`The answers do not fit question set ${options.content.version}.`,
			problems.map(describeProblem)
		);
	}

	const now = options.now?.() ?? new Date();
	const day = body.date ? dayToDate(body.date) : now;
	const result = score(options.content, body.answers);
	const filename = reportFileName(day, body.format);
	let file: Uint8Array | string;
	if (body.format === 'json') {
		file = reportToJson(options.content, result, now);
	} else {
		const model = buildReport(options.content, result, body.locale, day);
		file =
			body.format === 'pdf'
				? await renderReportPdf(model)
				: body.format === 'md'
					? reportToMarkdown(model)
					: reportToCsv(model);
	}
	const bytesOut = typeof file === 'string' ? new TextEncoder().encode(file) : file;
	return new Response(bytesOut as Uint8Array<ArrayBuffer>, {
		status: 200,
		headers: {
			'Content-Type': CONTENT_TYPES[body.format],
			'Content-Disposition': contentDisposition(filename),
			'Content-Length': String(bytesOut.byteLength),
			'Cache-Control': 'no-store'
		}
	});
}
