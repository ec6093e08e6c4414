import { readYesNo } from '@/engine/answer-values';
import { assess } from '@/engine/assess';
import { neededQuestionIds } from '@/engine/completeness';
import { conditionWeightKey } from '@/engine/core-function';
import type { AssessmentResult, Contribution, ReasonKind, Suggestion } from '@/engine/result-types';
import { type Direction, whatWouldChange } from '@/engine/what-would-change';
import { architectures } from '@/framework/alternatives';
import { answerLabel } from '@/framework/answer-label';
import { conditions } from '@/framework/conditions';
import { coreFunctions } from '@/framework/core-functions';
import { directCareLabel, ledgerContentLabel, ledgerContextFields } from '@/framework/ledger-facts';
import { obstacles } from '@/framework/obstacles';
import { questionnairePages } from '@/framework/pages';
import { proposalFields, settingLabel, settingsField } from '@/framework/proposal';
import { allQuestions, findQuestion, type QuestionId } from '@/framework/questions';
import { tensions } from '@/framework/tensions';
import { vendorQuestions } from '@/framework/vendor-questions';
import { type ShownVerdictId, type VerdictBandId, verdictBand } from '@/framework/verdict-bands';
import { longDate } from '@/lib/long-date';
import type { Answers, Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { type CitedAnswer, citeAnswer } from './cite';
import { type Decision, decideReport } from './decision';
import { type HazardRow, hazardLog } from './hazard-log';
import { type NearCase, nearestCases } from './nearest-cases';
import { type ReportRegulatory, regulatoryChecks, regulatoryContextOf } from './regulatory';
import { shownScores } from './shown-scores';
import { type WorkshopRow, workshopRows } from './workshop-ratings';

export { type CitedAnswer, citeAnswer } from './cite';

export interface ReportReason {
  readonly id: string;
  readonly kind: ReasonKind;
  /** It set the band: shown first, under "What decided the verdict". */
  readonly decisive: boolean;
  readonly text: string;
  readonly answers: readonly CitedAnswer[];
}

export interface ReportSuggestion {
  readonly text: string;
  readonly band: VerdictBandId;
  readonly bandLabel: string;
}

export type CoreFunctionStatus = 'relied' | 'notRelied' | 'unknown';

/** A question for the vendor, tied to the answer that raised it. */
export interface ReportVendorQuestion {
  readonly about: CitedAnswer;
  /** Why it is asked: weak, high risk, in conflict, or unknown and could move the verdict. */
  readonly why: string;
  readonly ask: string;
  readonly evidence: string;
  readonly source: string;
}

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
  /**
   * The one decision: verdict shown, recommendation, deciding fact, confidence, next steps, and every sentence
   * with its rule and answers. The fields below that repeat it (band, headline, recommendation…) are copied
   * from it for the renderers' convenience, never derived apart.
   */
  readonly decision: Decision;
  readonly methodVersion: string;
  /** The verdict in a few sentences (the engine's summary of the same decision). */
  readonly summary: string;
  /** Why each failed pre-screen question fails: one sentence each. */
  readonly prescreenFailures: readonly string[];
  /** Each question's share of the two scores (for the scores tables), as the engine counted it. */
  readonly contributions: { readonly fit: readonly Contribution[]; readonly risk: readonly Contribution[] };
  /** The band, or "undetermined" while too little is known to give one. */
  readonly band: ShownVerdictId;
  readonly bandLabel: string;
  readonly bandSymbol: string;
  readonly headline: string;
  readonly meaning: string;
  /** What a board paper recommends, in one sentence, from the band and the design. */
  readonly recommendation: string;
  readonly provisional: boolean;
  /** The two scores; absent (never 0) when nothing they count is known, or too little to give a band. */
  readonly scores: { readonly fit?: number; readonly risk?: number };
  /** What must be known before a band is given; empty once there is enough. */
  readonly evidenceMissing: readonly CitedAnswer[];
  /**
   * A pre-screen answer that ended the assessment while the pages it made moot are still unanswered (once
   * they are all answered, nothing was "ended" and the banner would be stale).
   */
  readonly stoppedBy?: CitedAnswer;
  readonly reasons: readonly ReportReason[];
  readonly architecture: {
    readonly id: keyof typeof architectures;
    readonly kind: 'fits' | 'alternative';
    readonly alreadyHasDesign: boolean;
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
  /** At most three: high or severe obstacles, most severe first, then tensions in conflict. */
  readonly topRisks: readonly CitedAnswer[];
  /**
   * The smallest answer changes that move the verdict a band, computed once for every output: design
   * choices and mitigations first; facts apart, as what would change it only if the situation were different.
   */
  readonly suggestions: {
    readonly better: readonly ReportSuggestion[];
    readonly worse: readonly ReportSuggestion[];
    readonly betterIfFactsDiffered: readonly ReportSuggestion[];
    readonly worseIfFactsDiffered: readonly ReportSuggestion[];
  };
  readonly vendorQuestions: readonly ReportVendorQuestion[];
  /** The duties of each chosen setting (UK, US, EU…), what the answers imply for them, and next steps. */
  readonly regulatory: ReportRegulatory;
  /** The draft DCB0160 hazard log, for a UK setting; empty otherwise. */
  readonly hazardLog: readonly HazardRow[];
  /** The real projects whose answers are nearest to these, with what became of them. */
  readonly nearestCases: readonly NearCase[];
  /** What a workshop room rated, if this assessment is a workshop outcome. */
  readonly workshop: { readonly heldOn: string; readonly rows: readonly WorkshopRow[] } | undefined;
  /** Every question in questionnaire order, page by page, with its answer and note. */
  readonly answersByPage: readonly {
    readonly pageId: string;
    readonly pageTitle: string;
    readonly answers: readonly CitedAnswer[];
  }[];
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

/** The pre-screen is asked outright: restating "with one writer it would not be a fit" adds nothing. */
const isPrescreen = (id: QuestionId) => id.startsWith('prescreen.') || id === 'proposal.writerCount';

const suggestionsFor = (
  answers: Answers,
  direction: Direction,
  roles: Parameters<typeof whatWouldChange>[2],
) => whatWouldChange(answers, direction, roles, isPrescreen).map(describeSuggestion);

const noSuggestions = { better: [], worse: [], betterIfFactsDiffered: [], worseIfFactsDiffered: [] };

function suggestionsOf(answers: Answers): Report['suggestions'] {
  return {
    better: suggestionsFor(answers, 'better', ['lever', 'risk']),
    worse: suggestionsFor(answers, 'worse', ['risk']),
    betterIfFactsDiffered: suggestionsFor(answers, 'better', ['fact']).slice(0, 3),
    worseIfFactsDiffered: suggestionsFor(answers, 'worse', ['fact']).slice(0, 3),
  };
}

/**
 * The questions to put to the vendor, most pressing first: unknowns that could move the verdict, weak
 * conditions (poorly or not met), high or severe obstacles, tensions in conflict.
 */
function vendorQuestionsFor(answers: Answers, result: AssessmentResult): ReportVendorQuestion[] {
  const asked = new Set<QuestionId>();
  const out: ReportVendorQuestion[] = [];
  const add = (id: QuestionId, why: string) => {
    if (asked.has(id)) return;
    asked.add(id);
    out.push({ about: citeAnswer(answers, id), why, ...vendorQuestions[id] });
  };
  for (const id of result.confidence.pivotalQuestionIds)
    add(id, 'Not known yet, and the answer could move the verdict.');
  if (!result.evidence.sufficient)
    for (const id of result.evidence.missingQuestionIds) add(id, 'Needed before any verdict can be given.');
  const weightKey = conditionWeightKey(answers);
  for (const c of conditions) {
    const v = answers[c.id]?.value;
    if (typeof v === 'number' && v <= 1 && c.weight[weightKey] > 0)
      add(c.id, `Condition ${c.number} is ${v === 0 ? 'not met' : 'poorly met'}.`);
  }
  for (const o of obstacles) {
    const v = answers[o.id]?.value;
    if (typeof v === 'number' && v >= 3)
      add(o.id, `Obstacle ${o.number} is rated ${v === 4 ? 'severe' : 'high'}.`);
  }
  for (const t of result.tensions.filter((p) => p.inConflict))
    add(t.tensionId, 'The position taken conflicts with what a ledger gives.');
  return out;
}

function topRisksOf(answers: Answers, tensionRows: readonly (CitedAnswer & { inConflict: boolean })[]) {
  const severe = obstacles
    .map((o) => ({ id: o.id, value: answers[o.id]?.value }))
    .flatMap((o) => (typeof o.value === 'number' && o.value >= 3 ? [{ id: o.id, value: o.value }] : []))
    .sort((a, b) => b.value - a.value)
    .map((o) => citeAnswer(answers, o.id));
  return [...severe, ...tensionRows.filter((t) => t.inConflict)].slice(0, 3);
}

function proposalRows(proposal: Assessment['proposal'] | undefined): [string, string][] {
  if (!proposal) return [];
  const setting = (proposal.settings ?? []).map(settingLabel).join(', ');
  const rows: [string, string][] = [
    [proposalFields.organisations.label, proposal.organisations],
    [proposalFields.assessor.label, proposal.assessor],
    // In the reader's words (26 November 2026), never as the stored ISO form.
    [proposalFields.date.label, longDate(proposal.date)],
    [settingsField.label, setting],
    [ledgerContextFields.ledgerHolds.label, (proposal.ledgerHolds ?? []).map(ledgerContentLabel).join(', ')],
    [ledgerContextFields.directCare.label, proposal.directCare ? directCareLabel(proposal.directCare) : ''],
  ];
  // Trimmed as the decision sought and the summary trim them, so the paper never shows a stray space.
  return rows.map(([k, v]): [string, string] => [k, v.trim()]).filter(([, v]) => v !== '');
}

/**
 * The report of one assessment. Only the answers are needed to score; the proposal (title and fields) is
 * optional so a what-if or a slide can report on answers alone.
 */
export function buildReport(assessment: {
  answers: Answers;
  proposal?: Assessment['proposal'];
  hazardLog?: Assessment['hazardLog'];
  workshop?: Assessment['workshop'];
  /** ISO date of reading: law entries not reviewed for twelve months before it are flagged. */
  today?: string;
}): Report {
  const { answers, proposal } = assessment;
  const regulatory = regulatoryChecks(
    proposal?.settings ?? [],
    answers,
    regulatoryContextOf(proposal, assessment.today),
  );
  const result = assess(answers);
  const architecture = architectures[result.architecture.architecture];
  const architectureView = {
    id: result.architecture.architecture,
    kind: result.architecture.kind,
    alreadyHasDesign: result.architecture.alreadyHasDesign ?? false,
    title: architecture.title,
    summary: architecture.summary,
    // No design is advised without a verdict: the engine's reason would cite a band that is not shown.
    why: result.evidence.sufficient
      ? result.architecture.why
      : 'No design is advised until enough is known to give a verdict.',
  };
  const tensionRows = tensions.map((t) => ({
    ...citeAnswer(answers, t.id),
    inConflict: result.tensions.find((p) => p.tensionId === t.id)?.inConflict ?? false,
  }));
  const vendor = vendorQuestionsFor(answers, result);
  const decision = decideReport({
    answers,
    result,
    architecture: architectureView,
    regulatorySteps: regulatory.nextSteps,
    vendorQuestionCount: vendor.length,
  });
  const undetermined = decision.verdict.id === 'undetermined';
  const needed = new Set<string>(neededQuestionIds(answers));
  const mootUnanswered = allQuestions.some((q) => !needed.has(q.id) && answers[q.id]?.value === undefined);
  return {
    title: proposal ? displayTitle({ proposal }) : 'This proposal',
    answers,
    proposal: {
      rows: proposalRows(proposal),
      organisations: proposal?.organisations.trim() ?? '',
      description: proposal?.description.trim() ?? '',
    },
    decision,
    methodVersion: result.methodVersion,
    summary: result.summary,
    prescreenFailures: result.prescreenFailures.map((f) => f.reason),
    contributions: { fit: result.fitContributions, risk: result.riskContributions },
    band: decision.verdict.id,
    bandLabel: decision.verdict.label,
    bandSymbol: decision.verdict.symbol,
    headline: decision.verdict.headline,
    meaning: decision.verdict.meaning,
    recommendation: decision.recommendation.text,
    provisional: result.provisional,
    // A score is shown only once a band can be: a fit of 100 from one answer would mislead as much as a 0.
    scores: shownScores(result, !undetermined),
    evidenceMissing: undetermined
      ? result.evidence.missingQuestionIds.map((id) => citeAnswer(answers, id))
      : [],
    ...(result.stoppedBy && mootUnanswered ? { stoppedBy: citeAnswer(answers, result.stoppedBy) } : {}),
    reasons: result.reasons.map((r) => ({
      id: r.id,
      kind: r.kind,
      decisive: r.decisive ?? false,
      text: r.text,
      answers: r.questionIds.map((id) => citeAnswer(answers, id)),
    })),
    architecture: architectureView,
    confidence: {
      label: decision.confidence.label,
      meaning: decision.confidence.meaning,
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
    tensions: tensionRows,
    topRisks: topRisksOf(answers, tensionRows),
    suggestions: undetermined ? noSuggestions : suggestionsOf(answers),
    vendorQuestions: vendor,
    regulatory,
    hazardLog: regulatory.hazardLogApplies
      ? hazardLog(answers, assessment.hazardLog, regulatoryContextOf(proposal))
      : [],
    nearestCases: nearestCases(answers),
    workshop: assessment.workshop
      ? { heldOn: assessment.workshop.heldOn, rows: workshopRows(assessment.workshop) }
      : undefined,
    answersByPage: questionnairePages.map((page) => ({
      pageId: page.id,
      pageTitle: page.title,
      answers: page.questionIds.map((id) => citeAnswer(answers, id)),
    })),
  };
}
