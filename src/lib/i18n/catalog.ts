/**
 * The message catalogs, assembled from one file per feature in sections/ (each with `ja`, the
 * source, and `en`, typed from it). To add a feature's texts: add a section file, list it here.
 */
import * as common from './sections/common';
import * as methodology from './sections/methodology';
import * as quiz from './sections/quiz';
import * as report from './sections/report';
import * as results from './sections/results';
import * as share from './sections/share';

const sections = { common, methodology, quiz, report, results, share };

type Sections = typeof sections;
export type Messages = { [K in keyof Sections]: Sections[K]['en'] };

function assemble(locale: 'ja' | 'en'): Messages {
	return Object.fromEntries(
		Object.entries(sections).map(([name, section]) => [name, section[locale]])
	) as Messages;
}

export const catalogs = { ja: assemble('ja'), en: assemble('en') };
