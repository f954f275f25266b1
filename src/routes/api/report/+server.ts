/**
 * POST /api/report — the downloadable report (PDF, Markdown, CSV or JSON). The logic, limits and
 * error bodies are in $lib/server/report-endpoint. The content is the build's own (the same the
 * browser scored with), so the server never reads questions/ at run time.
 */
import content from 'virtual:content';
import { handleReportRequest } from '$lib/server/report-endpoint';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request }) => handleReportRequest(request, { content });

/** Every other method: 405 with Allow: POST, from the same handler. */
export const fallback: RequestHandler = ({ request }) => handleReportRequest(request, { content });
