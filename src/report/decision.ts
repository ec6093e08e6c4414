import type { AssessmentResult, Contribution, Reason } from '@/engine/result-types';
import { shownBandOf } from '@/engine/shown-verdict';
import { architectures } from '@/framework/alternatives';
import { alternativeSteps, type ClosingStep, closingTheQuestion } from '@/framework/closing-steps';
import { minimumEvidence, scoreThresholds } from '@/framework/method-numbers';
import { findQuestion } from '@/framework/questions';
import { scaleMax } from '@/framework/scales';
import {
  confidenceLevels,
  type ShownVerdictId,
  shownVerdict,
  type VerdictBandId,
} from '@/framework/verdict-bands';
import { andList } from '@/lib/and-list';
import type { Answers } from '@/schema/assessment-schema';
import { type CitedAnswer, citeAnswer } from './cite';
import { recommendation } from './recommendation';

/** One sentence an output prints, with the rule that produced it and the answers behind it. */
export interface Sentence {
  readonly id: string;
  readonly text: string;
  /** The rule of the method (or of this decision) that produced the sentence, in plain words. */
  readonly rule: string;
  readonly answers: readonly CitedAnswer[];
}

/**
 * When a step matters: "adopting" only if the organisation goes ahead (a BAA, a safety case…), "deciding"
 * whatever the decision (find out an answer, check whether a duty applies), "closing" only when the answer is
 * no or not yet (tell the vendor, specify the alternative).
 */
export type StepPhase = 'adopting' | 'deciding' | 'closing';

export interface NextStep extends Sentence {
  readonly phase: StepPhase;
}

/** What the recommendation is, as a kind the next steps can follow. */
export type RecommendationKind = 'decideLater' | 'doNotAdopt' | 'doNotProceed' | 'pilot' | 'proceed';

/** The shape a regulatory next step has (src/report/regulatory.ts); a bare string is one of unstated phase. */
type RegulatoryStepInput =
  | string
  | {
      readonly id: string;
      readonly text: string;
      readonly phase: 'adopting' | 'deciding';
      readonly aboutTheLedger?: true;
      readonly because: string;
    };

/**
 * The one decision every output renders: the verdict shown (a band, or "not enough answers"), the
 * recommendation, the fact that decided it, how certain it is, the next steps the recommendation admits, and
 * every sentence with the rule and the answers behind it. Nothing outside src/report decides any of these.
 */
export interface Decision {
  readonly verdict: {
    readonly id: ShownVerdictId;
    readonly label: string;
    readonly symbol: string;
    readonly headline: string;
    readonly meaning: string;
    /** Some questions are unanswered though a band is given. */
    readonly provisional: boolean;
  };
  /** The band the two scores alone earn; absent while no band is shown (internal, never the verdict). */
  readonly scoreBand?: VerdictBandId;
  readonly recommendation: { readonly kind: RecommendationKind; readonly text: string };
  /** Only "proceed" and "pilot" admit steps taken to adopt a ledger. */
  readonly admitsAdoption: boolean;
  /** What decided it, as a fact of this proposal: the answers and the notes behind the deciding rule. */
  readonly decidingFact: Sentence;
  readonly confidence: {
    readonly level: AssessmentResult['confidence']['level'];
    readonly label: string;
    /** True of this assessment: which unknowns could move the verdict, or that none can. */
    readonly meaning: string;
  };
  readonly nextSteps: readonly NextStep[];
  /** Every sentence above and each reason, in the order a reader meets them. */
  readonly sentences: readonly Sentence[];
}

export const maxNextSteps = 6;

const kindOf = (band: ShownVerdictId): RecommendationKind =>
  ({
    undetermined: 'decideLater',
    notAFit: 'doNotAdopt',
    weakFit: 'doNotProceed',
    conditionalFit: 'pilot',
    strongFit: 'proceed',
  })[band] as RecommendationKind;

const questionText = (id: string) => findQuestion(id)?.label ?? id;

/** A sentence ends with a full stop (or ? or !): steps and notes come from data written by several hands. */
const sentenceEnd = (text: string) => (/[.?!…”)\]]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A note on page 1 is cut at a word near this length; it is printed whole with the reasons and answers. */
const noteLength = 160;
const shortNote = (note: string) => {
  if (note.length <= noteLength) return note;
  const cut = note.slice(0, noteLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), noteLength / 2)).trim()}…`;
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function regulatoryStep(step: RegulatoryStepInput, index: number): NextStep {
  if (typeof step === 'string')
    return {
      id: `regulatory.${index}`,
      text: sentenceEnd(step),
      // A duty's step whose phase is not stated is taken as one for adopting: never advised under a "no".
      phase: 'adopting',
      rule: 'A duty of the chosen setting, for an organisation that goes ahead.',
      answers: [],
    };
  return { id: step.id, text: sentenceEnd(step.text), phase: step.phase, rule: step.because, answers: [] };
}

/** The answer adding the most to a score (obstacle risk), or falling furthest short of its best (fit). */
const mostRisk = (items: readonly Contribution[]) =>
  [...items].filter((c) => c.value !== undefined).sort((a, b) => b.points - a.points)[0];
const furthestShort = (items: readonly Contribution[]) =>
  [...items]
    .filter((c) => c.value !== undefined && c.weight > 0)
    .sort((a, b) => b.weight * (scaleMax - (b.value ?? 0)) - a.weight * (scaleMax - (a.value ?? 0)))[0];

interface ScoreLimit {
  readonly lead: string;
  readonly questionId: string;
}

/**
 * When the scores decided the band, the deciding fact is what held them there: for a conditional or weak
 * fit, the obstacle adding the most risk where risk is over the better band's limit, and the condition
 * furthest short of fully met (by weight) where fit is under it; for a strong fit, the condition adding most.
 * Without this the fact was the first answer with a note, which need not have limited anything.
 */
function scoreLimits(result: AssessmentResult, scoreBand: VerdictBandId): ScoreLimit[] {
  const fit = `Condition fit ${result.fitScore}/100`;
  const risk = `Obstacle risk ${result.riskScore}/100`;
  if (scoreBand === 'strongFit') {
    const top = [...result.fitContributions].sort((a, b) => b.points - a.points)[0];
    return top
      ? [
          {
            lead: `${fit} and ${risk.toLowerCase()} are within a strong fit's bounds, resting most on this:`,
            questionId: top.questionId,
          },
        ]
      : [];
  }
  const better = scoreBand === 'conditionalFit' ? scoreThresholds.strong : scoreThresholds.conditional;
  const betterName = scoreBand === 'conditionalFit' ? 'a strong fit' : 'a conditional fit';
  const limits: ScoreLimit[] = [];
  const riskCounted = result.riskContributions.some((c) => c.value !== undefined);
  const fitCounted = result.fitContributions.some((c) => c.value !== undefined);
  const worstObstacle = mostRisk(result.riskContributions);
  if (riskCounted && result.riskScore > better.maxRisk && worstObstacle)
    limits.push({
      lead: `${risk} is above the ${better.maxRisk} ${betterName} allows, most of all because of this:`,
      questionId: worstObstacle.questionId,
    });
  const weakest = furthestShort(result.fitContributions);
  if (fitCounted && result.fitScore < better.minFit && weakest)
    limits.push({
      lead: `${fit} falls short of the ${better.minFit} ${betterName} needs, most of all because of this:`,
      questionId: weakest.questionId,
    });
  return limits;
}

function decidingFactOf(
  answers: Answers,
  shown: ShownVerdictId,
  reasons: readonly Reason[],
  evidenceMissing: readonly CitedAnswer[],
  result: AssessmentResult,
): Sentence {
  if (shown === 'undetermined') {
    const named = evidenceMissing.slice(0, 3).map((m) => m.name.toLowerCase());
    const more = evidenceMissing.length - named.length;
    return {
      id: 'decidingFact',
      text: `Too little is known yet to give a verdict: ${result.evidence.conditionsKnown} of the six conditions and ${result.evidence.obstaclesKnown} of the six obstacles are known, and ${andList(more > 0 ? [...named, `${more} more`] : named)} ${plural(named.length + more, 'is', 'are')} not.`,
      rule: `No band is given until the core function, what goes on the ledger, ${minimumEvidence.conditionsKnown} conditions and ${minimumEvidence.obstaclesKnown} obstacles are known, unless a known fact rules a ledger out (method, 4a).`,
      answers: evidenceMissing,
    };
  }
  const decisive = reasons.find((r) => r.decisive) ?? reasons[0];
  const fact = (a: CitedAnswer) =>
    a.note ? `${sentenceEnd(a.plain)} ${sentenceEnd(shortNote(a.note))}` : sentenceEnd(a.plain);
  if (decisive?.id === 'score.band') {
    const limits = scoreLimits(result, result.scoreBand);
    if (limits.length > 0) {
      const cited = limits.map((l) => citeAnswer(answers, l.questionId));
      return {
        id: 'decidingFact',
        text: limits.map((l, i) => `${l.lead} ${fact(cited[i] as CitedAnswer)}`).join(' '),
        rule: `${decisive.text} The fact named is the answer that holds the scores where they are.`,
        answers: cited,
      };
    }
  }
  // The next most limiting gate, if any: for a ledger of patient data that is often the fact a board
  // remembers (identifiable data copied to every node), though a pre-screen answer decided first.
  const nextGate = reasons.find((r) => !r.decisive && (r.kind === 'gate' || r.kind === 'cap'));
  const pick = (reason: Reason | undefined, n: number) => {
    const cited = (reason?.questionIds ?? []).map((id) => citeAnswer(answers, id));
    // The answers with the assessor's own notes say most about this proposal: they come first.
    const rank = (a: CitedAnswer) => (a.note ? 0 : 2) + (a.questionId.startsWith('proposal.') ? 0 : 1);
    return [...cited].sort((a, b) => rank(a) - rank(b)).slice(0, n);
  };
  const chosen = pick(decisive, 1);
  const also = pick(nextGate, 1).filter((a) => !chosen.some((c) => c.questionId === a.questionId));
  const text = [...chosen.map(fact), ...also.map((a) => `It would also fail on this: ${fact(a)}`)].join(' ');
  return {
    id: 'decidingFact',
    text: text || (decisive?.text ?? ''),
    rule: [decisive?.text, nextGate ? `Also limiting: ${nextGate.text}` : undefined]
      .filter(Boolean)
      .join(' '),
    answers: [...chosen, ...also],
  };
}

function confidenceMeaning(answers: Answers, result: AssessmentResult, shown: ShownVerdictId): string {
  const {
    pivotalQuestionIds: pivotal,
    unknownQuestionIds: unknown,
    movedTogether,
    level,
  } = result.confidence;
  const tail = level === 'low' ? ' Treat the verdict as a starting point for inquiry.' : '';
  if (shown === 'undetermined')
    return 'No verdict can be given until the answers listed as needed are known; once they are, it could be any band.';
  if (pivotal.length > 0)
    return `${pivotal.length === 1 ? 'One unknown answer could, alone,' : `${pivotal.length} unknown answers could each, alone,`} change the verdict once known: ${pivotal.map((id) => citeAnswer(answers, id).name).join(', ')}.${tail}`;
  if (movedTogether.length > 0)
    return `No single unknown answer changes the verdict alone, but the ${unknown.length} unknowns together could, if they all turned out ${movedTogether[0] === 'best' ? 'favourable' : 'unfavourable'}.${tail}`;
  return unknown.length === 0
    ? 'Every answer the verdict needs is known.'
    : `${unknown.length} ${plural(unknown.length, 'answer is', 'answers are')} unknown, but none of them, alone or all together at either extreme, could change the verdict.`;
}

function stepsOf(input: {
  shown: ShownVerdictId;
  admitsAdoption: boolean;
  result: AssessmentResult;
  answers: Answers;
  evidenceMissing: readonly CitedAnswer[];
  architecture: { readonly kind: 'fits' | 'alternative'; readonly id: keyof typeof architectures };
  regulatorySteps: readonly RegulatoryStepInput[];
  vendorQuestionCount: number;
}): NextStep[] {
  const { shown, admitsAdoption, result, answers } = input;
  const steps: NextStep[] = [];
  const add = (step: NextStep) => {
    if (!steps.some((s) => s.id === step.id || s.text === step.text)) steps.push(step);
  };
  const closing = (s: ClosingStep, rule: string, cited: readonly CitedAnswer[] = []): NextStep => ({
    ...s,
    phase: 'closing',
    rule,
    answers: cited,
  });
  if (shown === 'undetermined') {
    for (const m of input.evidenceMissing.slice(0, 3))
      add({
        id: `findOut.${m.questionId}`,
        text: `Find out: ${questionText(m.questionId)} (now ${m.answer.toLowerCase()}; needed before any verdict)`,
        phase: 'deciding',
        rule: 'No band without evidence (method, 4a).',
        answers: [m],
      });
    add(closing(closingTheQuestion.notYet, 'The recommendation is not to decide yet.'));
  }
  if (!admitsAdoption && shown !== 'undetermined') {
    const rule = `The recommendation is not to adopt a ledger (${shownVerdict(shown).label.toLowerCase()}).`;
    add(closing(closingTheQuestion.tellVendor, rule));
    if (input.architecture.kind === 'alternative')
      for (const s of alternativeSteps[input.architecture.id])
        add(
          closing(
            s,
            `${rule} The alternative named is ${architectures[input.architecture.id].title.toLowerCase()}.`,
          ),
        );
    add(closing(closingTheQuestion.recordDecision, rule));
  }
  for (const id of result.confidence.pivotalQuestionIds.slice(0, 3)) {
    const a = citeAnswer(answers, id);
    add({
      id: `findOut.${id}`,
      text: `Find out: ${questionText(id)} (now ${a.answer.toLowerCase()}; this answer alone could change the verdict)`,
      phase: 'deciding',
      rule: 'An unknown answer is pivotal when some answer to it alone changes the verdict shown (method, 6).',
      answers: [a],
    });
  }
  // Under "do not adopt a ledger" (not a fit) a fact about the ledger itself no longer bears on anything.
  const ledgerRuledOut = shown === 'notAFit';
  input.regulatorySteps
    .filter((s) => !(ledgerRuledOut && typeof s !== 'string' && s.aboutTheLedger))
    .map(regulatoryStep)
    .filter((s) => admitsAdoption || s.phase !== 'adopting')
    .forEach(add);
  if (input.vendorQuestionCount > 0 && (admitsAdoption || shown === 'undetermined'))
    add({
      id: 'vendorQuestions',
      text: admitsAdoption
        ? `Put the ${input.vendorQuestionCount} questions for the vendor (in this paper) before any commitment.`
        : `Put the ${input.vendorQuestionCount} questions for the vendor (in this paper): the answers are needed before a decision.`,
      phase: admitsAdoption ? 'adopting' : 'deciding',
      rule: 'Weak conditions, high obstacles, conflicting tensions and pivotal unknowns each raise a question for the vendor.',
      answers: [],
    });
  return steps.slice(0, maxNextSteps);
}

export interface DecisionInputs {
  readonly answers: Answers;
  readonly result: AssessmentResult;
  readonly architecture: {
    readonly id: keyof typeof architectures;
    readonly kind: 'fits' | 'alternative';
    readonly alreadyHasDesign: boolean;
    readonly title: string;
    readonly why: string;
  };
  readonly regulatorySteps: readonly RegulatoryStepInput[];
  readonly vendorQuestionCount: number;
}

/** The decision behind every output: see {@link Decision}. */
export function decideReport(input: DecisionInputs): Decision {
  const { answers, result } = input;
  const shown: ShownVerdictId = shownBandOf(result, result.evidence);
  const verdict = shownVerdict(shown);
  const provisional = result.provisional && shown !== 'undetermined';
  const kind = kindOf(shown);
  const admitsAdoption = kind === 'pilot' || kind === 'proceed';
  const evidenceMissing =
    shown === 'undetermined' ? result.evidence.missingQuestionIds.map((id) => citeAnswer(answers, id)) : [];
  const decidingFact = decidingFactOf(answers, shown, result.reasons, evidenceMissing, result);
  const confidence = confidenceLevels[result.confidence.level];
  const confidenceText = confidenceMeaning(answers, result, shown);
  const recommendationText = recommendation({
    band: shown,
    provisional: result.provisional,
    architecture: input.architecture,
  });
  const nextSteps = stepsOf({
    shown,
    admitsAdoption,
    result,
    answers,
    evidenceMissing,
    architecture: input.architecture,
    regulatorySteps: input.regulatorySteps,
    vendorQuestionCount: input.vendorQuestionCount,
  });
  const decisiveAnswers = result.reasons
    .filter((r) => r.decisive)
    .flatMap((r) => r.questionIds.map((id) => citeAnswer(answers, id)));
  const sentences: Sentence[] = [
    {
      id: 'verdict',
      text: `${verdict.label}: ${verdict.headline}`,
      rule: 'The worse of the band the scores earn and every gate that applies; no band without enough known (method, 3–4a).',
      answers: decisiveAnswers,
    },
    {
      id: 'recommendation',
      text: recommendationText,
      rule: `A ${kind === 'decideLater' ? 'missing verdict' : verdict.label.toLowerCase()} admits ${admitsAdoption ? 'at most this step towards a ledger' : 'no step towards adopting a ledger'}.`,
      answers: decisiveAnswers,
    },
    decidingFact,
    ...result.reasons.map((r) => ({
      id: `reason.${r.id}`,
      text: r.text,
      rule: r.decisive ? 'It set the verdict shown.' : `A ${r.kind} the answers give.`,
      answers: r.questionIds.map((id) => citeAnswer(answers, id)),
    })),
    ...(shown === 'undetermined'
      ? []
      : [
          {
            id: 'design',
            text: input.architecture.why,
            rule: 'The design that fits a conditional or strong fit; the alternative of the deciding gate otherwise (method, 4b).',
            answers: decisiveAnswers,
          },
        ]),
    {
      id: 'confidence',
      text: `${confidence.label}. ${confidenceText}`,
      rule: 'High when no unknown can change the verdict alone or all together at either extreme (method, 6).',
      answers: result.confidence.pivotalQuestionIds.map((id) => citeAnswer(answers, id)),
    },
    ...nextSteps,
  ];
  return {
    verdict: {
      id: shown,
      label: verdict.label,
      symbol: verdict.symbol,
      headline: verdict.headline,
      meaning: verdict.meaning,
      provisional,
    },
    ...(shown === 'undetermined' ? {} : { scoreBand: result.scoreBand }),
    recommendation: { kind, text: recommendationText },
    admitsAdoption,
    decidingFact,
    confidence: { level: result.confidence.level, label: confidence.label, meaning: confidenceText },
    nextSteps,
    sentences,
  };
}
