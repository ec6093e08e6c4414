import * as z from 'zod/mini';
import type { Report } from './build-report';
import type { Sentence } from './decision';

/** Version of the CLI's JSON output; its JSON Schema is public/files/schema/ledger-fit-cli-output.v1.schema.json. */
export const cliOutputVersion = 1;

const answerRef = z.object({ questionId: z.string(), name: z.string(), answer: z.string() });
const sentence = z.object({
  id: z.string(),
  text: z.string(),
  rule: z.string(),
  answers: z.array(answerRef),
});
const bandId = z.enum(['notAFit', 'weakFit', 'conditionalFit', 'strongFit']);
const suggestion = z.object({ text: z.string(), band: bandId, bandLabel: z.string() });

/**
 * One assessment as `npm run assess -- FILE --format json` prints it: rendered from the report's one decision,
 * like every other output. `band` is the verdict shown ("notEnoughAnswers" while too little is known); the
 * band the scores alone earn is `scoreBand`, absent with no verdict.
 */
export const cliAssessmentSchema = z.object({
  id: z.string(),
  title: z.string(),
  methodVersion: z.string(),
  band: z.enum(['notEnoughAnswers', 'notAFit', 'weakFit', 'conditionalFit', 'strongFit']),
  bandLabel: z.string(),
  headline: z.string(),
  provisional: z.boolean(),
  scoreBand: z.optional(bandId),
  scores: z.object({ fit: z.optional(z.number()), risk: z.optional(z.number()) }),
  recommendation: z.object({
    kind: z.enum(['decideLater', 'doNotAdopt', 'doNotProceed', 'pilot', 'proceed']),
    text: z.string(),
  }),
  decidingFact: sentence,
  confidence: z.object({
    level: z.enum(['high', 'medium', 'low']),
    label: z.string(),
    meaning: z.string(),
    couldMoveTheVerdict: z.array(z.string()),
  }),
  design: z.optional(
    z.object({ kind: z.enum(['fits', 'alternative']), id: z.string(), title: z.string(), why: z.string() }),
  ),
  answerFirst: z.array(z.string()),
  nextSteps: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      phase: z.enum(['adopting', 'deciding', 'closing']),
      rule: z.string(),
    }),
  ),
  reasons: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      decisive: z.boolean(),
      text: z.string(),
      answers: z.array(answerRef),
    }),
  ),
  whatWouldChange: z.object({
    better: z.array(suggestion),
    worse: z.array(suggestion),
    betterIfFactsDiffered: z.array(suggestion),
    worseIfFactsDiffered: z.array(suggestion),
  }),
  sentences: z.array(sentence),
});
export const cliOutputSchema = z.array(cliAssessmentSchema);
export type CliAssessment = z.infer<typeof cliAssessmentSchema>;

const ref = (a: { questionId: string; name: string; answer: string }) => ({
  questionId: a.questionId,
  name: a.name,
  answer: a.answer,
});
const sentenceOut = (s: Sentence) => ({ id: s.id, text: s.text, rule: s.rule, answers: s.answers.map(ref) });

/** The JSON of one assessment, from its report. */
export function cliJson(id: string, report: Report): CliAssessment {
  const { decision } = report;
  const shown = decision.verdict.id;
  return {
    id,
    title: report.title,
    methodVersion: report.methodVersion,
    band: shown === 'undetermined' ? 'notEnoughAnswers' : shown,
    bandLabel: decision.verdict.label,
    headline: decision.verdict.headline,
    provisional: decision.verdict.provisional,
    ...(decision.scoreBand ? { scoreBand: decision.scoreBand } : {}),
    scores: report.scores,
    recommendation: decision.recommendation,
    decidingFact: sentenceOut(decision.decidingFact),
    confidence: {
      level: decision.confidence.level,
      label: decision.confidence.label,
      meaning: decision.confidence.meaning,
      couldMoveTheVerdict: report.confidence.pivotal.map((p) => p.questionId),
    },
    ...(shown === 'undetermined'
      ? {}
      : {
          design: {
            kind: report.architecture.kind,
            id: report.architecture.id,
            title: report.architecture.title,
            why: report.architecture.why,
          },
        }),
    answerFirst: report.evidenceMissing.map((m) => m.questionId),
    nextSteps: decision.nextSteps.map((s) => ({ id: s.id, text: s.text, phase: s.phase, rule: s.rule })),
    reasons: report.reasons.map((r) => ({
      id: r.id,
      kind: r.kind,
      decisive: r.decisive,
      text: r.text,
      answers: r.answers.map(ref),
    })),
    whatWouldChange: {
      better: [...report.suggestions.better],
      worse: [...report.suggestions.worse],
      betterIfFactsDiffered: [...report.suggestions.betterIfFactsDiffered],
      worseIfFactsDiffered: [...report.suggestions.worseIfFactsDiffered],
    },
    sentences: decision.sentences.map(sentenceOut),
  };
}

/** The JSON Schema of the CLI output, generated from the zod schema above so the two cannot drift. */
export function cliOutputJsonSchema(): object {
  return {
    $id: `ledger-fit-cli-output.v${cliOutputVersion}.schema.json`,
    title: 'Ledger Fit CLI output (npm run assess -- FILE --format json)',
    description:
      'One entry per assessment in the file. `band` is the verdict shown: "notEnoughAnswers" while too little is known; `scoreBand` (the band the scores alone earn, internal) is then absent.',
    ...z.toJSONSchema(cliOutputSchema, { target: 'draft-2020-12' }),
  };
}
