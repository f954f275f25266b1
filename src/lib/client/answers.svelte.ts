/**
 * The user's answers in the browser: one shared, reactive store, saved to localStorage on every
 * change and restored on load, so a reload, a closed tab or the language switch (a form POST that
 * reloads the page) never loses them.
 *
 * The store starts empty on the server and during hydration; pages call `load()` from onMount.
 * Reading storage any earlier would make the first client render differ from the server's HTML.
 * Until `ready` is true, pages keep their inputs disabled so no early click is lost.
 */
import { browser } from '$app/environment';
import questions from 'virtual:questions';
import type { QuizQuestionSet } from '$lib/content/validate';
import { chosen, normaliseAnswers } from '$lib/domain/questionnaire';
import type { AnswerMap, AnswersFile, AnswerValue } from '$lib/domain/schema';
import {
	reconcileAnswersFile,
	restoreAnswers,
	serialiseAnswers,
	STORAGE_KEY,
	timestamp,
	type RestoreNotice
} from './answers-storage';

export type { RestoreNotice } from './answers-storage';

/** localStorage can be missing or throw (privacy modes, disabled storage, full quota). */
function storage(): Storage | null {
	try {
		return browser ? window.localStorage : null;
	} catch {
		return null;
	}
}

export class AnswersStore {
	#set: QuizQuestionSet;
	#answers = $state.raw<AnswerMap>({});
	#updatedAt = $state<string | null>(null);
	#notice = $state.raw<RestoreNotice | null>(null);
	#ready = $state(false);
	/** Told once per visit; after a dismiss, every later failed save must not bring it back. */
	#warnedUnsaved = false;

	constructor(set: QuizQuestionSet) {
		this.#set = set;
	}

	/** The current answers, always normalised against the question set (never hidden ones). */
	get answers(): AnswerMap {
		return this.#answers;
	}

	get questionSet(): string {
		return this.#set.version;
	}

	/** When the answers were last saved (ISO 8601), or null when nothing is stored. */
	get updatedAt(): string | null {
		return this.#updatedAt;
	}

	get hasAnswers(): boolean {
		return Object.keys(this.#answers).length > 0;
	}

	/** True once stored answers have been read; before that the answers are not the user's yet. */
	get ready(): boolean {
		return this.#ready;
	}

	/** What happened to stored answers that no longer matched, until the user dismisses it. */
	get notice(): RestoreNotice | null {
		return this.#notice;
	}

	/** Reads stored answers once per page load. Safe to call from every page's onMount. */
	load(): void {
		if (!browser || this.#ready) return;
		const store = storage();
		let raw: string | null = null;
		try {
			raw = store?.getItem(STORAGE_KEY) ?? null;
		} catch {
			// Reading can throw even when the object exists (blocked third-party storage).
		}
		const restored = restoreAnswers(this.#set, raw);
		this.#answers = restored.answers;
		this.#updatedAt = restored.updatedAt;
		this.#notice = store ? restored.notice : this.#unsavedNotice();
		// A mismatched record is rewritten only once the user has seen the notice (dismiss) or
		// changed an answer, so a reload before reading it shows the same explanation again.
		window.addEventListener('storage', this.#followOtherTabs);
		this.#ready = true;
	}

	/**
	 * Sets (or, with undefined, clears) one answer and saves. Follow-up questions that are no
	 * longer shown lose their answers; their ids are returned so the page can say so.
	 */
	setAnswer(questionId: string, value: AnswerValue | undefined): string[] {
		const next: AnswerMap = { ...this.#answers };
		if (value === undefined || chosen(value).length === 0) delete next[questionId];
		else next[questionId] = value;
		const { answers, dropped } = normaliseAnswers(this.#set, next);
		this.#answers = answers;
		this.#save();
		return dropped.filter((drop) => drop.reason === 'hidden').map((drop) => drop.questionId);
	}

	/** Deletes every answer, in memory and in storage. */
	reset(): void {
		this.#answers = {};
		this.#notice = null;
		this.#updatedAt = null;
		try {
			storage()?.removeItem(STORAGE_KEY);
		} catch {
			// Nothing stored can be read back either, so there is nothing left to remove.
		}
	}

	/**
	 * Replaces all answers with an imported file's, keeping what fits the current question set.
	 * Returns what had to be dropped (null when nothing), for the import to tell the user.
	 */
	replaceAll(file: AnswersFile): RestoreNotice | null {
		const { answers, notice } = reconcileAnswersFile(this.#set, file);
		this.#answers = answers;
		this.#notice = null;
		this.#save();
		return notice;
	}

	dismissNotice(): void {
		const wasMismatch = this.#notice?.kind === 'mismatch' || this.#notice?.kind === 'corrupt';
		this.#notice = null;
		if (wasMismatch) this.#save();
	}

	#save(): void {
		const updatedAt = timestamp();
		try {
			storage()?.setItem(STORAGE_KEY, serialiseAnswers(this.#set, this.#answers, updatedAt));
			this.#updatedAt = updatedAt;
		} catch {
			// Quota or privacy mode: answers stay in memory for this visit, and the user is told.
			this.#notice = this.#unsavedNotice() ?? this.#notice;
		}
	}

	#unsavedNotice(): RestoreNotice | null {
		if (this.#warnedUnsaved) return null;
		this.#warnedUnsaved = true;
		return { kind: 'storage_unavailable' };
	}

	/** Another tab changed the answers: follow it, so the two tabs do not overwrite each other. */
	#followOtherTabs = (event: StorageEvent) => {
		if (event.key !== STORAGE_KEY && event.key !== null) return;
		const restored = restoreAnswers(this.#set, event.newValue);
		this.#answers = restored.answers;
		this.#updatedAt = restored.updatedAt;
	};
}

export const answerStore = new AnswersStore(questions);
