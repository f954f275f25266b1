import type { ja } from './ja';

/** Widens the Japanese catalog's literal strings to string, keeping functions' signatures. */
type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof ja>;
