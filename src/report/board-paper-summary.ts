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

function whatDecided(report: Report): PaperBlock[] {
  if (report.decision.verdict.id === 'undetermined')
    return [
      { kind: 'heading', level: 2, text: 'What is missing' },
      { kind: 'list', ordered: false, items: report.evidenceMissing.slice(0, 6).map((m) => m.plain) },
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

function topRisks(report: Report): PaperBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'Top risks' },
    {
      kind: 'list',
      ordered: false,
      items:
        report.topRisks.length > 0
          ? report.topRisks.map((r) => r.plain)
          : ['No obstacle is rated high or severe and no tension is in conflict with what a ledger gives.'],
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
