/** Widens a Japanese catalog's literal strings to string, keeping functions' signatures. */
export type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { [K in keyof T]: Widen<T[K]> };
