/** The pages the bench measures, and how to reach each one as a visitor would. */
import type { Page } from '@playwright/test';
import { encodeShareLink } from '../../src/lib/domain/share-link.ts';
import { loadContent } from '../../src/lib/server/content/load.ts';
import { fullAnswers } from '../../tests/helpers/answers.ts';
import { storeAnswers } from '../../tests/helpers/quiz.ts';
import { drawEveryChart } from '../../tests/helpers/results.ts';

export interface BenchPage {
	id: string;
	label: string;
	path: string;
	/** Runs before the first navigation (e.g. put answers into storage for the results page). */
	prepare?: (page: Page) => Promise<void>;
	/**
	 * Resolves once the page has loaded everything a visitor waits for. Network idle alone is not
	 * enough where code is loaded late on purpose (chart.js, after the fonts are ready).
	 */
	settled?: (page: Page) => Promise<void>;
}

export const startPage: BenchPage = { id: 'start', label: 'start page', path: '/' };
export const questionnairePage: BenchPage = {
	id: 'questionnaire',
	label: 'questionnaire page',
	path: '/q/context'
};
export const resultsPage: BenchPage = {
	id: 'results',
	label: 'results page',
	path: '/results',
	prepare: (page) => storeAnswers(page),
	async settled(page) {
		await drawEveryChart(page);
	}
};

/**
 * A complete result (charts, figures, recommendations), reached through a share link: its
 * answers travel in the #fragment, so a tool that clears storage before each load (Lighthouse)
 * still sees the results as someone who has answered does.
 */
export const sharedResultsPage: BenchPage = {
	id: 'shared-results',
	label: 'results from a share link',
	path: `/share#${encodeShareLink(loadContent(), fullAnswers)}`
};

export const allPages = [startPage, questionnairePage, resultsPage, sharedResultsPage];
