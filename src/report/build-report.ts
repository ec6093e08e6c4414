import { readYesNo } from '@/engine/answer-values';
import { assess } from '@/engine/assess';
import type { AssessmentResult, ReasonKind, Suggestion } from '@/engine/result-types';
import { type Direction, whatWouldChange } from '@/engine/what-would-change';
import { architectures } from '@/framework/alternatives';
import { answerLabel } from '@/framework/answer-label';
import { coreFunctions } from '@/framework/core-functions';
import { questionnairePages } from '@/framework/pages';
import { proposalFields, settings } from '@/framework/proposal';
import { findQuestion, type QuestionId } from '@/framework/questions';
import { tensions } from '@/framework/tensions';
import { confidenceLevels, type VerdictBandId, verdictBand } from '@/framework/verdict-bands';
import type { Answers, Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';

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
  readonly band: VerdictBandId;
  readonly bandLabel: string;
}

export type CoreFunctionStatus = 'relied' | 'notRelied' | 'unknown';

/**
 * The one read model behind every output (result page, examples gallery, PDF, slides, CLI), so they
 * never disagree: the engine's result with the framework's words and the user's own notes attached.
 * Everything an output shows comes from here; outputs only lay it out.
 */
export interface Report {
  readonly title: string;
  /** The answers reported on, for chart series. */
  readonly answers: Answers;
  readonly proposal: {
    /** Label and value of each descriptive field that is filled in. */
    readonly rows: readonly (readonly [string, string])[];
    readonly organisations: string;
    readonly description: string;
  };
  readonly result: AssessmentResult;
  readonly band: VerdictBandId;
  readonly bandLabel: string;
  readonly bandSymbol: string;
  readonly headline: string;
  readonly meaning: string;
  readonly provisional: boolean;
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
    /** Whole per cent of the needed questions answered "Don't know" or not at all. */
    readonly unknownPercent: number;
    readonly unknown: readonly CitedAnswer[];
    readonly pivotal: readonly CitedAnswer[];
  };
  readonly missing: readonly CitedAnswer[];
  /** The core functions (Yeung 2019, §5): which the proposal relies on. */
  readonly coreFunctions: readonly {
    readonly id: string;
    readonly title: string;
    readonly summary: string;
    readonly example: string;
    readonly status: CoreFunctionStatus;
  }[];
  readonly coreFunctionsText: string;
  readonly tensions: readonly (CitedAnswer & { readonly inConflict: boolean })[];
  /** The smallest answer changes that move the verdict a band, computed once for every output. */
  readonly suggestions: {
    readonly better: readonly ReportSuggestion[];
    readonly worse: readonly ReportSuggestion[];
  };
  /** Every question in questionnaire order, page by page, with its answer and note. */
  readonly answersByPage: readonly {
    readonly pageId: string;
    readonly pageTitle: string;
    readonly answers: readonly CitedAnswer[];
  }[];
}

const pageOf = (questionId: string) =>
  questionnairePages.find((p) => (p.questionIds as readonly string[]).includes(questionId))?.id ?? 'proposal';

export function citeAnswer(answers: Answers, questionId: string): CitedAnswer {
  const answer = answers[questionId];
  const note = answer?.note?.trim();
  return {
    questionId,
    shortName: findQuestion(questionId)?.shortName ?? questionId,
    answer: answerLabel(questionId, answer?.value),
    ...(note ? { note } : {}),
    pageId: pageOf(questionId),
  };
}

export function coreFunctionStatus(answers: Answers, id: QuestionId): CoreFunctionStatus {
  const v = readYesNo(answers, id);
  return v === 'yes' ? 'relied' : v === 'no' ? 'notRelied' : 'unknown';
}

function describeCoreFunctions(answers: Answers): string {
  const by = (status: CoreFunctionStatus) =>
    coreFunctions
      .filter((f) => coreFunctionStatus(answers, f.id) === status)
      .map((f) => f.title.toLowerCase());
  const [yes, no, unknown] = [by('relied'), by('notRelied'), by('unknown')];
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

export function describeSuggestion(suggestion: Suggestion): ReportSuggestion {
  const text = suggestion.changes
    .map(
      (c) =>
        `${findQuestion(c.questionId)?.shortName ?? c.questionId}: ${answerLabel(c.questionId, c.from)} → ${answerLabel(c.questionId, c.to)}`,
    )
    .join('; and ');
  return { text, band: suggestion.band, bandLabel: verdictBand(suggestion.band).label };
}

const suggestionsFor = (answers: Answers, direction: Direction) =>
  whatWouldChange(answers, direction).map(describeSuggestion);

function proposalRows(proposal: Assessment['proposal'] | undefined): [string, string][] {
  if (!proposal) return [];
  const setting = settings.find((s) => s.value === proposal.setting)?.label ?? '';
  const rows: [string, string][] = [
    [proposalFields.organisations.label, proposal.organisations],
    [proposalFields.assessor.label, proposal.assessor],
    [proposalFields.date.label, proposal.date],
    [proposalFields.setting.label, setting],
  ];
  return rows.filter(([, v]) => v.trim() !== '');
}

/**
 * The report of one assessment. Only the answers are needed to score; the proposal (title and fields) is
 * optional so a what-if or a slide can report on answers alone.
 */
export function buildReport(assessment: { answers: Answers; proposal?: Assessment['proposal'] }): Report {
  const { answers, proposal } = assessment;
  const result = assess(answers);
  const band = verdictBand(result.band);
  const architecture = architectures[result.architecture.architecture];
  const confidence = confidenceLevels[result.confidence.level];
  return {
    title: proposal ? displayTitle({ proposal }) : 'This proposal',
    answers,
    proposal: {
      rows: proposalRows(proposal),
      organisations: proposal?.organisations.trim() ?? '',
      description: proposal?.description.trim() ?? '',
    },
    result,
    band: result.band,
    bandLabel: band.label,
    bandSymbol: band.symbol,
    headline: band.headline,
    meaning: band.meaning,
    provisional: result.provisional,
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
      unknownPercent: Math.round(result.confidence.unknownShare * 100),
      unknown: result.confidence.unknownQuestionIds.map((id) => citeAnswer(answers, id)),
      pivotal: result.confidence.pivotalQuestionIds.map((id) => citeAnswer(answers, id)),
    },
    missing: result.missingQuestionIds.map((id) => citeAnswer(answers, id)),
    coreFunctions: coreFunctions.map((f) => ({
      id: f.id,
      title: f.title,
      summary: f.summary,
      example: f.example,
      status: coreFunctionStatus(answers, f.id),
    })),
    coreFunctionsText: describeCoreFunctions(answers),
    tensions: tensions.map((t) => ({
      ...citeAnswer(answers, t.id),
      inConflict: result.tensions.find((p) => p.tensionId === t.id)?.inConflict ?? false,
    })),
    suggestions: { better: suggestionsFor(answers, 'better'), worse: suggestionsFor(answers, 'worse') },
    answersByPage: questionnairePages.map((page) => ({
      pageId: page.id,
      pageTitle: page.title,
      answers: page.questionIds.map((id) => citeAnswer(answers, id)),
    })),
  };
}
