/**
 * The shape every bench measurement shares. A measurement is one module in scripts/bench/ that
 * exports a `Measurement`; scripts/bench/index.ts lists them and scripts/bench.ts runs them.
 */
import type { Browser, LaunchOptions } from '@playwright/test';

/** A budget: the figure must stay at most (or at least) `limit`. */
export interface Budget {
	limit: number;
	kind: 'max' | 'min';
}

/**
 * One printed figure. `status` is PASS/FAIL against the budget, INFO for a figure without one,
 * SKIP when it could not be measured yet (e.g. the page is not built), with the reason in `note`.
 */
export interface Figure {
	id: string;
	label: string;
	value: number | string | null;
	unit: string;
	budget?: Budget;
	status: 'PASS' | 'FAIL' | 'INFO' | 'SKIP';
	note?: string;
	/** Anything else worth keeping in bench-results/latest.json (not printed). */
	details?: unknown;
}

export interface BenchContext {
	/** The production server started for this run, e.g. http://127.0.0.1:41234 */
	baseUrl: string;
	/** Debian's Chromium with the launch options of playwright.config.ts (plus `extra`). */
	launchBrowser(extra?: LaunchOptions): Promise<Browser>;
	/** Progress lines (stderr), so stdout stays the report. */
	log(message: string): void;
}

export interface Measurement {
	/** Short id, used by `--only` (e.g. `npm run bench -- --only js,fonts`). */
	id: string;
	title: string;
	/** Throws only when the measurement itself broke; a missed budget is a FAIL figure. */
	run(context: BenchContext): Promise<Figure[]>;
}

/** A figure with its PASS/FAIL worked out from the budget. */
export function judged(figure: Omit<Figure, 'status'> & { budget: Budget; value: number }): Figure {
	const { limit, kind } = figure.budget;
	const pass = kind === 'max' ? figure.value <= limit : figure.value >= limit;
	return { ...figure, status: pass ? 'PASS' : 'FAIL' };
}

export function skipped(id: string, label: string, note: string, unit = ''): Figure {
	return { id, label, value: null, unit, status: 'SKIP', note };
}
