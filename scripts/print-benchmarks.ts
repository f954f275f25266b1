/**
 * Prints every benchmark figure as one JSON object per line, so anyone can audit the data.
 *   npm run benchmarks                      # all figures
 *   npm run benchmarks -- --audit ../shared/seeds
 *       also checks that every printed figure's quote stands in its source document
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/server/content/load';

const args = process.argv.slice(2);
const auditAt = args.indexOf('--audit');
const seedsDir = auditAt >= 0 ? args[auditAt + 1] : undefined;
if (auditAt >= 0 && !seedsDir) {
	console.error('--audit needs the folder that holds the source documents, e.g. ../shared/seeds');
	process.exit(2);
}

const content = loadContent();
for (const figure of Object.values(content.figures)) {
	const segment = content.segments[figure.segment]!;
	const source = content.sources[figure.source]!;
	console.log(
		JSON.stringify({
			id: figure.id,
			source: source.file,
			title: source.title.ja,
			year: source.year,
			question: figure.chart.ja,
			segment: segment.label.ja,
			n: segment.n,
			option: figure.answer.ja,
			value: figure.value,
			derived: figure.derived
				? `${figure.derived.formula} (${figure.derived.from.join(', ')})`
				: false
		})
	);
}

if (seedsDir) {
	// The clean documents carry Markdown emphasis and line breaks inside sentences.
	const normalise = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, '');
	const missing: string[] = [];
	for (const figure of Object.values(content.figures)) {
		if (!figure.quote) continue;
		const file = join(seedsDir, content.sources[figure.source]!.file);
		if (!existsSync(file)) {
			missing.push(`${figure.id}: source document ${file} not found`);
			continue;
		}
		if (!normalise(readFileSync(file, 'utf8')).includes(normalise(figure.quote))) {
			missing.push(`${figure.id}: quote not found in ${file}: ${figure.quote}`);
		}
	}
	if (missing.length) {
		console.error(`Audit failed for ${missing.length} figure(s):\n${missing.join('\n')}`);
		process.exit(1);
	}
	console.error('Audit passed: every printed figure was found, quote and value, in its source.');
}
