/**
 * Driving the questionnaire from browser tests: answer it through the UI like a user, or put
 * answers straight into storage when a test is about what comes after (results, exports).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { fullAnswers, type Answers } from './answers.ts';

export { fullAnswers, minimalAnswers, type Answers } from './answers.ts';

/** Where the app keeps answers (src/lib/client/answers-storage.ts). */
export const STORAGE_KEY = 'cs-maturity-check:v1';

/** The current question-set version, read from the question bank the build was made from. */
export function questionSetVersion(): string {
	const file = parse(readFileSync('questions/question-set.yaml', 'utf8')) as { version: string };
	return file.version;
}

/** A question's fieldset on the current page (its id is the question id). */
export const questionFieldset = (page: Page, questionId: string) =>
	page.locator(`fieldset[data-question][id="${questionId}"]`);

/** Chooses an answer on the current page, the way a user would (click the labels). */
export async function answerQuestion(page: Page, questionId: string, value: string | string[]) {
	const fieldset = questionFieldset(page, questionId);
	for (const optionId of Array.isArray(value) ? value : [value]) {
		// check() waits until the input is enabled, i.e. until stored answers are loaded.
		await fieldset.locator(`input[value="${optionId}"]`).check();
	}
}

/**
 * Answers every page from the current question page on, pressing Next until the review page.
 * Follow-up questions are answered as they appear. Fails if a page does not move on (a required
 * answer missing from `answers`). Options are only ever checked, never unchecked: start from an
 * empty store (a fresh test context) unless the stored answers agree with `answers`.
 */
export async function answerPages(page: Page, answers: Answers = fullAnswers): Promise<void> {
	await page.waitForURL(/\/q\//);
	for (let pages = 0; pages < 20; pages += 1) {
		// Answer what is shown, then look again: answers can reveal follow-up questions.
		const done = new Set<string>();
		for (;;) {
			const shown = await page
				.locator('fieldset[data-question]')
				.evaluateAll((fieldsets) => fieldsets.map((fieldset) => fieldset.id));
			const pending = shown.filter((id) => answers[id] !== undefined && !done.has(id));
			if (pending.length === 0) break;
			for (const id of pending) {
				await answerQuestion(page, id, answers[id]!);
				done.add(id);
			}
		}
		const before = page.url();
		await page.locator('main form button[type="submit"]').click();
		await expect(page, `the page ${before} should move on`).not.toHaveURL(before);
		if (new URL(page.url()).pathname.endsWith('/review')) return;
	}
	throw new Error('answerPages: never reached the review page');
}

/** Answers the whole questionnaire from its first page, ending on the review page. */
export async function answerQuiz(page: Page, answers: Answers = fullAnswers): Promise<void> {
	await page.goto('/q/context');
	await answerPages(page, answers);
}

/** Puts answers straight into storage before any page loads (for tests of later pages). */
export async function storeAnswers(page: Page, answers: Answers = fullAnswers): Promise<void> {
	const record = {
		questionSet: questionSetVersion(),
		answers,
		updatedAt: new Date().toISOString()
	};
	await seedStorage(page, JSON.stringify(record));
}

/**
 * Puts this exact text under the app's storage key before the first page loads, once per test:
 * a later reload sees what the app saved since, not the seed. For stale or damaged records.
 */
export async function seedStorage(page: Page, raw: string): Promise<void> {
	await page.addInitScript(
		([key, value]) => {
			if (sessionStorage.getItem('cs-maturity-check:seeded')) return;
			localStorage.setItem(key!, value!);
			sessionStorage.setItem('cs-maturity-check:seeded', '1');
		},
		[STORAGE_KEY, raw]
	);
}

/** The answers the app has saved, as stored. */
export async function storedAnswers(page: Page): Promise<Answers | undefined> {
	const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
	return raw ? (JSON.parse(raw) as { answers: Answers }).answers : undefined;
}
