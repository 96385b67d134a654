/**
 * A unit's rating questions and scale: unit data with documented defaults (docs/queue.md
 * §Ratings). Default: a three-level scale (Hài lòng / Bình thường / Không hài lòng, as the
 * centres' kiosks report, citizen-services §2.1 and §11) and four questions: one overall
 * question that decides whether the visit counts as satisfied or dissatisfied (QĐ 766 5.4
 * counts dossiers with a "dislike"), and the three criteria of the one-stop rules a citizen can
 * judge at the counter: attitude, guidance, time. The other criteria of NĐ 61/2018 Art. 31 and
 * TT 01/2018 Art. 13 (due dates kept, number of agencies, online services, PAKN handling) are
 * computed from dossier events, never asked.
 */

import { z } from 'zod';
import { groupCodeSchema, vietnameseIssues } from '../queue/queue-config.ts';
import { DEFAULT_QUESTION_TEXT, DEFAULT_SCALE_LABELS, RATING_CONFIG_MESSAGES } from './labels.ts';

export const SENTIMENTS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const CRITERIA = ['overall', 'attitude', 'guidance', 'time', 'other'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const ratingLevelSchema = z.object({
  code: groupCodeSchema,
  /** What the button says. */
  label: z.string().trim().min(1).max(100),
  sentiment: z.enum(SENTIMENTS),
  /** Points for averages (2 / 1 / 0 by default, the scoring of TT 01/2018 Art. 13). */
  score: z.number().int().min(0).max(10),
});
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

export const ratingQuestionSchema = z.object({
  code: groupCodeSchema,
  text: z.string().trim().min(1).max(300),
  criterion: z.enum(CRITERIA),
  required: z.boolean().default(false),
});
export type RatingQuestion = z.infer<typeof ratingQuestionSchema>;

export const ratingConfigSchema = z
  .object({
    /** Best level first, as the buttons are shown. */
    scale: z.array(ratingLevelSchema).min(2).max(7),
    questions: z.array(ratingQuestionSchema).min(1).max(10),
    /** The question whose answer makes the visit satisfied, neutral or dissatisfied. */
    overallQuestion: groupCodeSchema,
    /** A served visit may be rated until this many calendar days after it was served. */
    windowDays: z.number().int().min(0).max(30).default(7),
  })
  .superRefine((config, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const levels = new Set<string>();
    config.scale.forEach((level, i) => {
      if (levels.has(level.code)) issue(RATING_CONFIG_MESSAGES.duplicateLevel(level.code), ['scale', i, 'code']);
      levels.add(level.code);
    });
    const questions = new Set<string>();
    config.questions.forEach((question, i) => {
      if (questions.has(question.code)) issue(RATING_CONFIG_MESSAGES.duplicateQuestion(question.code), ['questions', i, 'code']);
      questions.add(question.code);
    });
    const overall = config.questions.find((question) => question.code === config.overallQuestion);
    if (!overall) issue(RATING_CONFIG_MESSAGES.unknownOverall(config.overallQuestion), ['overallQuestion']);
    else if (!overall.required) issue(RATING_CONFIG_MESSAGES.overallOptional, ['overallQuestion']);
    const sentiments = new Set(config.scale.map((level) => level.sentiment));
    if (!sentiments.has('satisfied') || !sentiments.has('dissatisfied')) issue(RATING_CONFIG_MESSAGES.needsBothEnds, ['scale']);
  });

export type RatingConfig = z.infer<typeof ratingConfigSchema>;
export type RatingConfigInput = z.input<typeof ratingConfigSchema>;

export const DEFAULT_RATING_CONFIG: RatingConfig = ratingConfigSchema.parse({
  scale: [
    { code: 'hai-long', label: DEFAULT_SCALE_LABELS.satisfied, sentiment: 'satisfied', score: 2 },
    { code: 'binh-thuong', label: DEFAULT_SCALE_LABELS.neutral, sentiment: 'neutral', score: 1 },
    { code: 'khong-hai-long', label: DEFAULT_SCALE_LABELS.dissatisfied, sentiment: 'dissatisfied', score: 0 },
  ],
  questions: [
    { code: 'chung', text: DEFAULT_QUESTION_TEXT.overall, criterion: 'overall', required: true },
    { code: 'thai-do', text: DEFAULT_QUESTION_TEXT.attitude, criterion: 'attitude' },
    { code: 'huong-dan', text: DEFAULT_QUESTION_TEXT.guidance, criterion: 'guidance' },
    { code: 'thoi-gian', text: DEFAULT_QUESTION_TEXT.time, criterion: 'time' },
  ],
  overallQuestion: 'chung',
} satisfies RatingConfigInput);

export type RatingConfigCheck = { ok: true; config: RatingConfig } | { ok: false; errors: string[] };

/** Validates unit data; errors are Vietnamese sentences. */
export function parseRatingConfig(input: unknown): RatingConfigCheck {
  const parsed = ratingConfigSchema.safeParse(input);
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, errors: vietnameseIssues(parsed.error) };
}
