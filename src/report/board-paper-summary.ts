import { readAnswer } from '@/engine/answer-values';
import { neededQuestionIds } from '@/engine/completeness';
import { obstacles } from '@/framework/obstacles';
import type { QuestionId } from '@/framework/questions';
import { tensions } from '@/framework/tensions';
import { andList } from '@/lib/and-list';
import type { PaperBlock } from './board-paper';
import type { Report } from './build-report';

/** Page 1 of the board paper: the executive summary, in a board member's words, from the report's one decision. */

const score = (value: number | undefined) => (value === undefined ? 'not scored' : `${value} out of 100`);

function verdictBlock(report: Report): PaperBlock {
  const { verdict, confidence } = report.decision;
  const scores =
    report.scores.fit === undefined && report.scores.risk === undefined
      ? 'No score is given.'
      : `Condition fit ${score(report.scores.fit)}; obstacle risk ${score(report.scores.risk)}.`;
  return {
    kind: 'verdict',
    band: verdict.id,
    label: `${verdict.symbol} ${verdict.label}${verdict.provisional ? ' (provisional)' : ''}`,
    headline: verdict.headline,
    confidence: `${confidence.label}: ${confidence.meaning} ${scores}`,
  };
}

/**
 * Every answer still needed, as the deciding fact counts them: six lines at most on page 1, the sixth naming
 * the rest (the list once stopped at six while the deciding fact said seven were missing).
 */
function missingItems(report: Report): string[] {
  const missing = report.evidenceMissing;
  if (missing.length <= 6) return missing.map((m) => m.plain);
  return [
    ...missing.slice(0, 5).map((m) => m.plain),
    `Also not known: ${missing
      .slice(5)
      .map((m) => m.name)
      .join('; ')}.`,
  ];
}

function whatDecided(report: Report): PaperBlock[] {
  if (report.decision.verdict.id === 'undetermined')
    return [
      { kind: 'heading', level: 2, text: 'What is missing' },
      { kind: 'list', ordered: false, items: missingItems(report) },
    ];
  // Only what set the verdict: the other limits are in the reasons table after page 1.
  const decided = report.reasons.filter((r) => r.decisive).slice(0, 1);
  return [
    { kind: 'heading', level: 2, text: 'What decided it' },
    { kind: 'list', ordered: true, items: decided.map((r) => r.text) },
  ];
}

function designBlocks(report: Report): PaperBlock[] {
  if (report.decision.verdict.id === 'undetermined') return [];
  const { architecture: a } = report;
  return [
    {
      kind: 'heading',
      level: 2,
      text: a.alreadyHasDesign
        ? 'The design it already has'
        : a.kind === 'fits'
          ? 'The design that fits'
          : 'The alternative that would serve better',
    },
    { kind: 'paragraph', text: `${a.title}: ${a.summary}` },
  ];
}

const isKnown = (report: Report, id: QuestionId) => readAnswer(report.answers, id).state === 'known';

/**
 * The line under "Top risks" when none is listed. Never a bare "no obstacle is high" when obstacles are simply
 * not known (a vendor would quote it as "no risks"): the ones still needed and not known are counted, and those
 * not needed (a ledger already ruled out) are said to be so.
 */
function noTopRisks(report: Report): string {
  const needed = new Set<string>(neededQuestionIds(report.answers));
  const obstacleIds = obstacles.map((o) => o.id);
  const tensionIds = tensions.map((t) => t.id);
  const all = [...obstacleIds, ...tensionIds];
  const rated = all.filter((id) => isKnown(report, id)).length;
  const open = (ids: readonly QuestionId[]) =>
    ids.filter((id) => needed.has(id) && !isKnown(report, id)).length;
  const [obstaclesOpen, tensionsOpen] = [open(obstacleIds), open(tensionIds)];
  if (obstaclesOpen + tensionsOpen > 0) {
    const unknown = [
      ...(obstaclesOpen > 0 ? [`${obstaclesOpen} of the six obstacles`] : []),
      ...(tensionsOpen > 0 ? [`${tensionsOpen} of the three tensions`] : []),
    ];
    const verb = obstaclesOpen + tensionsOpen === 1 ? 'is' : 'are';
    return rated === 0
      ? `No risk can be named yet: ${andList(unknown)} ${verb} not known.`
      : `None of the obstacles and tensions rated is high or severe or in conflict with what a ledger gives, but ${andList(unknown)} ${verb} not known yet.`;
  }
  if (rated < all.length)
    return rated === 0
      ? 'No obstacle or tension is rated: none is needed once a ledger is ruled out.'
      : 'None of the obstacles and tensions rated is high or severe or in conflict with what a ledger gives; the others are not needed once a ledger is ruled out.';
  return 'No obstacle is rated high or severe and no tension is in conflict with what a ledger gives.';
}

function topRisks(report: Report): PaperBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'Top risks' },
    {
      kind: 'list',
      ordered: false,
      items: report.topRisks.length > 0 ? report.topRisks.map((r) => r.plain) : [noTopRisks(report)],
    },
  ];
}

function nextSteps(report: Report): PaperBlock[] {
  const steps = report.decision.nextSteps.map((s) => s.text);
  return [
    { kind: 'heading', level: 2, text: 'Next steps' },
    {
      kind: 'list',
      ordered: false,
      items: steps.length > 0 ? steps : ['Take this summary to the decision-making body.'],
    },
  ];
}

function signOff(report: Report): PaperBlock[] {
  const row = (label: string) => report.proposal.rows.find(([l]) => l === label)?.[1] ?? '';
  return [
    { kind: 'heading', level: 2, text: 'Sign-off' },
    {
      kind: 'table',
      caption: 'Sign-off',
      columns: ['Assessor', 'Reviewer', 'Date', 'Version'],
      widths: [0.3, 0.3, 0.2, 0.2],
      rows: [[row('Assessor'), '', row('Date of assessment'), `Draft (method ${report.methodVersion})`]],
    },
  ];
}

/**
 * The decision the board is asked for, in one sentence of the paper's own. The organisations are named after
 * it as typed, not inside it: a typed list ("Manufacturers, wholesalers…", "Estonian e-Health Foundation;
 * Guardtime") cannot be made to read as the subject of a sentence without changing what was typed.
 */
function decisionSought(report: Report): string {
  const organisations = report.proposal.organisations.trim();
  const whether = `Whether to rely on a distributed ledger (blockchain) for “${report.title}”.`;
  return organisations === ''
    ? whether
    : `${whether} Organisations involved: ${organisations.replace(/\.$/, '')}.`;
}

export function summaryPage(report: Report): PaperBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'Decision sought' },
    { kind: 'paragraph', text: decisionSought(report) },
    { kind: 'heading', level: 2, text: 'Recommendation' },
    { kind: 'paragraph', text: report.decision.recommendation.text, strong: true },
    verdictBlock(report),
    { kind: 'heading', level: 2, text: 'The deciding fact' },
    { kind: 'paragraph', text: report.decision.decidingFact.text },
    ...whatDecided(report),
    ...designBlocks(report),
    ...topRisks(report),
    ...nextSteps(report),
    ...signOff(report),
  ];
}
