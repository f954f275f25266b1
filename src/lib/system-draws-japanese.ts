/**
 * Whether the system's own fonts can draw Japanese in the font-family `stack`, found by drawing
 * two kana: without a font that has them, both come out as the same missing-glyph box. The
 * stack is the page's, so the font the page already uses answers at once (a few ms); named
 * families it lacks fall through to the generic ones, and so to whatever Japanese font the
 * system falls back to (Android's Noto Sans CJK has no name a page can use). Run it before the
 * web font's rules are in, or it finds the web font. document.fonts.check() cannot tell: it
 * answers true for any family it has no web font of. When the canvas cannot be read, assume a
 * font exists: the text then falls back as it would without this check. Self-contained, so
 * tests can run it in a page.
 */
export function systemDrawsJapanese(stack: string): boolean {
	if (typeof document === 'undefined') return true;
	const size = 24;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return true;
	const pixels = (character: string) => {
		context.clearRect(0, 0, size, size);
		context.font = `${size - 4}px ${stack}`;
		context.textBaseline = 'top';
		context.fillText(character, 2, 2);
		return context.getImageData(0, 0, size, size).data;
	};
	try {
		const a = pixels('あ');
		const i = pixels('い');
		return a.some((value, index) => value !== i[index]);
	} catch {
		return true;
	}
}
