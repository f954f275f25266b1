/**
 * A stand-in for a visitor's installed Japanese font, for a browser launched here: a fontconfig
 * configuration that adds Noto Sans JP (the TTF files of @expo-google-fonts/noto-sans-jp, a
 * dependency) to the system fonts, so Chromium finds the family 'Noto Sans JP' of our font stack
 * installed locally. Launch Chromium with `env: { ...process.env, ...fontconfigEnv }`.
 * The test machine itself has no Japanese font.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface LocalJapaneseFont {
	/** Environment variables for the browser process. */
	env: Record<string, string>;
	/** The family it installs, as named in the font stack. */
	family: string;
	dispose(): void;
}

/** undefined when the font files are not installed (the package is missing). */
export function localJapaneseFont(): LocalJapaneseFont | undefined {
	const require = createRequire(import.meta.url);
	let packageDir: string;
	try {
		packageDir = dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'));
	} catch {
		return undefined;
	}
	const fontDirs = ['400Regular', '700Bold'].map((name) => join(packageDir, name));
	if (!fontDirs.every((dir) => existsSync(dir))) return undefined;

	const dir = mkdtempSync(join(tmpdir(), 'local-jp-font-'));
	const config = join(dir, 'fonts.conf');
	const system = existsSync('/etc/fonts/fonts.conf')
		? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
		: '';
	writeFileSync(
		config,
		`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
	${system}
	${fontDirs.map((fontDir) => `<dir>${fontDir}</dir>`).join('\n\t')}
	<cachedir>${join(tmpdir(), 'cs-maturity-check-fontconfig-cache')}</cachedir>
</fontconfig>
`
	);
	return {
		env: { FONTCONFIG_FILE: config },
		family: 'Noto Sans JP',
		dispose: () => rmSync(dir, { recursive: true, force: true })
	};
}
