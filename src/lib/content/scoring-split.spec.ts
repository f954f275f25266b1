import { describe, expect, it } from 'vitest';
import { loadContent } from '../server/content/load.ts';
import { joinScoring, splitScoring } from './scoring-split.ts';
import { SCORING_FIELDS } from '../domain/schema.ts';

const content = loadContent();
const { version, dimensions } = content;

describe('splitScoring and joinScoring', () => {
	it('leave the quiz part without points, evidence or figures', () => {
		const { quiz } = splitScoring({ version, dimensions });
		const questions = quiz.dimensions.flatMap((dimension) => dimension.questions);
		expect(questions).toHaveLength(25);
		for (const question of questions) {
			for (const field of SCORING_FIELDS) expect(question).not.toHaveProperty(field);
			for (const option of question.options) expect(option).not.toHaveProperty('points');
		}
		// What the questionnaire needs is all there.
		const health = questions.find((question) => question.id === 'health_score')!;
		expect(health.options.map((option) => option.id)).toEqual([
			'scored_reviewed',
			'scored',
			'informal',
			'not_tracked'
		]);
		expect(health.conflicts).toHaveLength(1);
	});

	it('join back to the question set as validated, through JSON as the virtual modules ship it', () => {
		const { quiz, scoring } = splitScoring({ version, dimensions });
		const shipped = JSON.parse(JSON.stringify({ quiz, scoring }));
		expect(joinScoring(shipped.quiz, shipped.scoring)).toEqual(
			JSON.parse(JSON.stringify({ version, dimensions }))
		);
	});
});
