import { assess } from '../engine/assess';
import type { AssessmentResult, ReasonKind, Suggestion } from '../engine/result-types';
import { type Direction, whatWouldChange } from '../engine/what-would-change';
import { architectures } from '../framework/alternatives';
import { answerLabel } from '../framework/answer-label';
import { coreFunctions } from '../framework/core-functions';
import { questionnairePages } from '../framework/pages';
import { findQuestion } from '../framework/questions';
import { confidenceLevels, verdictBands } from '../framework/verdict-bands';
import type { Answers, Assessment } from '../schema/assessment-schema';

/** An answer as a reason cites it: what was asked, what was answered, and the page to change it on. */
export interface CitedAnswer {
  readonly questionId: string;
  readonly shortName: string;
  readonly answer: string;
  readonly note?: string;
  readonly pageId: string;
}

export interface ReportReason {
  readonly id: string;
  readonly kind: ReasonKind;
  readonly text: string;
  readonly answers: readonly CitedAnswer[];
}

export interface ReportSuggestion {
  readonly text: string;
  readonly bandLabel: string;
}

/**
 * The one model behind the result page, the examples gallery, the PDF and the slides, so they never
 * disagree: the engine's result with the framework's words attached.
 */
export interface Report {
  readonly result: AssessmentResult;
  readonly bandLabel: string;
  readonly headline: string;
  readonly meaning: string;
  readonly reasons: readonly ReportReason[];
  readonly architecture: {
    readonly kind: 'fits' | 'alternative';
    readonly title: string;
    readonly summary: string;
    readonly why: string;
  };
  readonly confidence: {
    readonly label: string;
    readonly meaning: string;
    readonly unknown: readonly CitedAnswer[];
    readonly pivotal: readonly CitedAnswer[];
  };
  readonly missing: readonly CitedAnswer[];
  /** The core functions (seed §5) in plain words: which the proposal relies on. */
  readonly coreFunctionsText: string;
}

const pageOf = (questionId: string) =>
  questionnairePages.find((p) => p.questionIds.includes(questionId))?.id ?? 'proposal';

export function citeAnswer(answers: Answers, questionId: string): CitedAnswer {
  const answer = answers[questionId];
  return {
    questionId,
    shortName: findQuestion(questionId)?.shortName ?? questionId,
    answer: answerLabel(questionId, answer?.value),
    ...(answer?.note ? { note: answer.note } : {}),
    pageId: pageOf(questionId),
  };
}

function describeCoreFunctions(answers: Answers): string {
  const by = (value: string | undefined) =>
    coreFunctions
      .filter(
        (f) =>
          answers[f.id]?.value === value ||
          (value === undefined && !['yes', 'no'].includes(String(answers[f.id]?.value))),
      )
      .map((f) => f.title.toLowerCase());
  const [yes, no, unknown] = [by('yes'), by('no'), by(undefined)];
  if (unknown.length === coreFunctions.length) return 'Which core function it relies on is not known yet.';
  if (no.length === coreFunctions.length) return 'It relies on neither core function a ledger can serve.';
  return [
    yes.length > 0 ? `It relies on ${yes.join(' and ')}.` : '',
    no.length > 0 ? `It does not rely on ${no.join(' or ')}.` : '',
    unknown.length > 0 ? `Whether it relies on ${unknown.join(' or ')} is not known yet.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function buildReport(assessment: Pick<Assessment, 'answers'>): Report {
  const { answers } = assessment;
  const result = assess(answers);
  const band = verdictBands.find((b) => b.id === result.band) ?? verdictBands[0];
  const architecture = architectures[result.architecture.architecture];
  const confidence = confidenceLevels[result.confidence.level];
  return {
    result,
    bandLabel: band.label,
    headline: band.headline,
    meaning: band.meaning,
    reasons: result.reasons.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      answers: r.questionIds.map((id) => citeAnswer(answers, id)),
    })),
    architecture: {
      kind: result.architecture.kind,
      title: architecture.title,
      summary: architecture.summary,
      why: result.architecture.why,
    },
    confidence: {
      label: confidence.label,
      meaning: confidence.meaning,
      unknown: result.confidence.unknownQuestionIds.map((id) => citeAnswer(answers, id)),
      pivotal: result.confidence.pivotalQuestionIds.map((id) => citeAnswer(answers, id)),
    },
    missing: result.missingQuestionIds.map((id) => citeAnswer(answers, id)),
    coreFunctionsText: describeCoreFunctions(answers),
  };
}

export function describeSuggestion(suggestion: Suggestion): ReportSuggestion {
  const text = suggestion.changes
    .map(
      (c) =>
        `${findQuestion(c.questionId)?.shortName ?? c.questionId}: ${answerLabel(c.questionId, c.from)} → ${answerLabel(c.questionId, c.to)}`,
    )
    .join('; and ');
  return { text, bandLabel: verdictBands.find((b) => b.id === suggestion.band)?.label ?? suggestion.band };
}

export function suggestionsFor(answers: Answers, direction: Direction): ReportSuggestion[] {
  return whatWouldChange(answers, direction).map(describeSuggestion);
}
