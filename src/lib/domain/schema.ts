/**
 * One set of zod schemas for every file and payload the product reads: question files,
 * benchmark files, recommendation files and answer sets. The schema is the type.
 * Plain TypeScript: used by the Vite content plugin, the server, the browser and the CLIs.
 */
import { z } from 'zod';

// zod 4 probes `new Function('')` to decide whether it may compile validators; our CSP forbids
// eval, so the probe logs a CSP violation in the browser. Plain interpretation is fast enough.
z.config({ jitless: true });

const id = z
	.string()
	.regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case (a–z, 0–9, _), starting with a letter');

/** A text in both languages. Japanese is the source; English must be complete. */
export const localizedText = z.strictObject({
	ja: z.string().trim().min(1, 'Japanese text (ja) is missing or empty'),
	en: z.string().trim().min(1, 'English text (en) is missing or empty')
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Show a question only when an earlier question's answer includes one of these options. */
export const showIf = z.strictObject({
	question: id,
	anyOf: z.array(id).min(1)
});
export type ShowIf = z.infer<typeof showIf>;

/** How much an answer is worth on the 0–100 maturity scale, and on what basis. */
export const optionSchema = z.strictObject({
	id,
	label: localizedText,
	/** Multiple choice only: choosing it clears the others (「特にない」「わからない」). */
	exclusive: z.boolean().optional(),
	/** Maturity points for this answer (0–100). Omitted on context questions. */
	points: z.number().min(0).max(100).optional()
});
export type Option = z.infer<typeof optionSchema>;

export const questionType = z.enum(['single', 'multi', 'scale', 'bands']);
export type QuestionType = z.infer<typeof questionType>;

/**
 * Likelihood evidence: each group of options is backed by the share of effect-felt and
 * not-effect-felt respondents who gave that answer in one survey.
 */
export const likelihoodGroup = z.strictObject({
	options: z.array(id).min(1),
	felt: id,
	notFelt: id
});
export const likelihoodEvidence = z.strictObject({
	/** The evidence applies only when this earlier answer holds (a conditional segment). */
	when: showIf.optional(),
	groups: z.array(likelihoodGroup).min(1)
});
export type LikelihoodEvidence = z.infer<typeof likelihoodEvidence>;

/**
 * Answers of this question that do not fit an earlier answer (phases split by a health score,
 * then "we have no health score"). Neither is refused: the note is shown under the later
 * question (and under the earlier one when that is on another page), on the review page and on
 * the results, asking the user to check them. One entry per earlier question.
 */
export const answerConflict = z.strictObject({
	/** This question's options that the earlier answer does not fit. */
	options: z.array(id).min(1),
	/** The earlier answer. */
	with: showIf,
	/** Why the two do not fit, as the user reads it. */
	note: localizedText
});
export type AnswerConflict = z.infer<typeof answerConflict>;

export const questionSchema = z
	.strictObject({
		id,
		type: questionType,
		required: z.boolean().default(true),
		text: localizedText,
		help: localizedText.optional(),
		showIf: showIf.optional(),
		options: z.array(optionSchema).min(2, 'needs at least two options'),
		/** Figures shown beside this question ("where you sit"). */
		benchmarks: z.array(id).default([]),
		/** Figures that feed the pattern match with effect-felt companies. */
		likelihood: likelihoodEvidence.optional(),
		/** Why the points are what they are: 'evidence' (a survey figure) or 'rubric' (authored). */
		pointsBasis: z.enum(['evidence', 'rubric']).optional(),
		/** Multi-choice: points come from the best option chosen ('max') or their sum capped at 100. */
		pointsRule: z.enum(['max', 'sum']).optional(),
		conflicts: z.array(answerConflict).default([])
	})
	.superRefine((question, ctx) => {
		const seen = new Set<string>();
		question.options.forEach((option, index) => {
			if (seen.has(option.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['options', index, 'id'],
					message: `duplicate option id "${option.id}"`
				});
			}
			seen.add(option.id);
			if (option.exclusive && question.type !== 'multi') {
				ctx.addIssue({
					code: 'custom',
					path: ['options', index, 'exclusive'],
					message: 'only multiple-choice options can be exclusive'
				});
			}
		});
		const scored = question.options.some((option) => option.points !== undefined);
		if (scored && question.options.some((option) => option.points === undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'either every option has points or none has'
			});
		}
		if (scored && !question.pointsBasis) {
			ctx.addIssue({
				code: 'custom',
				path: ['pointsBasis'],
				message: 'a scored question must say whether its points follow evidence or a rubric'
			});
		}
	});
export type Question = z.infer<typeof questionSchema>;

/** What scores a question (with its options' points): the evidence and the figures beside it. */
export const SCORING_FIELDS = ['benchmarks', 'likelihood', 'pointsBasis', 'pointsRule'] as const;

/**
 * A question as the questionnaire sees it: without what scores it (SCORING_FIELDS and the
 * options' points). The quiz pages ship only this; the results add the rest.
 */
export type QuizQuestion = Omit<Question, 'options' | (typeof SCORING_FIELDS)[number]> & {
	options: Omit<Option, 'points'>[];
};

export const dimensionId = z.enum(['context', 'touch', 'phases', 'kpi', 'tools', 'organisation']);
export type DimensionId = z.infer<typeof dimensionId>;

/** One file in questions/: one dimension and its questions, in asking order. */
export const dimensionFile = z.strictObject({
	dimension: z.strictObject({
		id: dimensionId,
		title: localizedText,
		intro: localizedText,
		/** Context questions pick the comparison group and are never scored. */
		scored: z.boolean()
	}),
	questions: z.array(questionSchema).min(1)
});
export type DimensionFile = z.infer<typeof dimensionFile>;

/** questions/question-set.yaml: the version users' answer files are checked against. */
export const questionSetFile = z.strictObject({
	version: z.string().regex(/^\d{4}\.\d+$/, 'must look like 2026.1'),
	dimensions: z.array(dimensionId).min(1)
});
export type QuestionSetFile = z.infer<typeof questionSetFile>;

// ---------------------------------------------------------------------------
// Benchmarks

export const sourceSchema = z.strictObject({
	id,
	/** File name of the document in shared/seeds. */
	file: z.string().min(1),
	title: localizedText,
	publisher: localizedText,
	year: z.number().int().min(2000).max(2100),
	fieldwork: localizedText,
	population: localizedText,
	/** Known limits of the document (garbled text layer, inconsistent labels…). */
	caveats: z.array(localizedText).default([])
});
export type Source = z.infer<typeof sourceSchema>;

export const segmentSchema = z.strictObject({
	id,
	label: localizedText,
	/** Respondents in the segment, as printed; null when the document does not give it legibly. */
	n: z.number().int().positive().nullable(),
	/** When n is not printed but follows from printed figures. */
	nNote: localizedText.optional()
});
export type Segment = z.infer<typeof segmentSchema>;

export const figureSchema = z
	.strictObject({
		id,
		/** The chart or question it comes from, in the document's own Japanese, with an English gloss. */
		chart: localizedText,
		segment: id,
		/** The answer it counts. */
		answer: localizedText,
		/** The question and options of ours that this answer corresponds to, when there are some. */
		counts: z.strictObject({ question: id, options: z.array(id).min(1) }).optional(),
		/** Percent exactly as printed (or as derived, to one decimal). */
		value: z
			.number()
			.min(0, 'a percentage cannot be below 0')
			.max(100, 'a percentage cannot exceed 100'),
		/** Verbatim excerpt of the sentence or chart label it was read from (printed figures). */
		quote: z.string().min(1).optional(),
		derived: z
			.strictObject({
				formula: z.string().min(1),
				from: z.array(id).min(1)
			})
			.optional()
	})
	.superRefine((figure, ctx) => {
		if (!figure.derived && !figure.quote) {
			ctx.addIssue({
				code: 'custom',
				path: ['quote'],
				message: 'a printed figure needs the quote it was read from'
			});
		}
	});
export type Figure = z.infer<typeof figureSchema>;

export const benchmarkFile = z.strictObject({
	source: sourceSchema,
	segments: z.array(segmentSchema).min(1),
	figures: z.array(figureSchema).min(1)
});
export type BenchmarkFile = z.infer<typeof benchmarkFile>;

// ---------------------------------------------------------------------------
// Recommendations

export const recommendationSchema = z.strictObject({
	id,
	question: id,
	/** Shown only to users whose answer to `question` is one of these. */
	whenAnswer: z.array(id).min(1),
	/** The answer the recommendation moves the user towards. */
	target: id,
	title: localizedText,
	why: localizedText,
	steps: z.array(localizedText).min(1),
	/** Figures quoted as evidence (shares and outcome contrasts). */
	evidence: z.array(id).min(1)
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationFile = z.strictObject({
	recommendations: z.array(recommendationSchema).min(1)
});

// ---------------------------------------------------------------------------
// Answers

/** One answer: an option id, or a list of option ids for multiple choice. */
export const answerValue = z.union([id, z.array(id).min(1)]);
export type AnswerValue = z.infer<typeof answerValue>;
export const answerMap = z.record(id, answerValue);
export type AnswerMap = z.infer<typeof answerMap>;

/**
 * The result a JSON download carries beside its answers, as it was when exported (for comparing
 * with a later result). Informational: scoring always starts again from the answers.
 */
export const exportedResult = z.looseObject({
	overall: z.looseObject({
		score: z.number().min(0).max(100),
		level: z.number().int().min(1).max(5)
	}),
	patternMatch: z.number().min(0).max(100),
	dimensions: z.array(
		z.looseObject({ id: z.string().min(1), score: z.number().min(0).max(100).nullable() })
	)
});
export type ExportedResult = z.infer<typeof exportedResult>;

/**
 * The answers file of `npm run score`, the JSON download and the import. Only questionSet and
 * answers are needed; the JSON download adds when it was made, the benchmark edition and the
 * result at that time.
 */
export const answersFile = z.strictObject({
	questionSet: z.string().min(1),
	answers: answerMap,
	benchmarkEdition: z.string().min(1).optional(),
	exportedAt: z.iso.datetime({ offset: true }).optional(),
	result: exportedResult.optional()
});
export type AnswersFile = z.infer<typeof answersFile>;
