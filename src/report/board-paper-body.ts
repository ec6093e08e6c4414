import { seedReference } from '@/framework/citation';
import { modalityLabel } from '@/framework/regulatory-profiles';
import { verdictBands } from '@/framework/verdict-bands';
import { andList } from '@/lib/and-list';
import type { PaperBlock } from './board-paper';
import type { Report } from './build-report';
import { conditionRadarData, obstacleBarData, type Series } from './chart-data';
import { consequenceName, likelihoodName } from './hazard-log';

/** The board paper after page 1: one function per section, in the order a reader meets them. */

const cite = (a: { shortName: string; answer: string }) => `${a.shortName}: ${a.answer}`;
const h2 = (text: string): PaperBlock => ({ kind: 'heading', level: 2, text });

function radarAlt(rows: ReturnType<typeof conditionRadarData>, series: readonly Series[]): string {
  return `Radar chart of the six conditions, each rated from 0 (not met) to 4 (fully met); an unknown rating is marked on the centre as unknown, not drawn as 0. ${series
    .map(
      (s) =>
        `${s.name}: ${rows
          .map((r) => `${r.condition} ${typeof r[s.key] === 'number' ? r[s.key] : 'unknown'}`)
          .join(', ')}.`,
    )
    .join(' ')}`;
}

function obstaclesAlt(data: ReturnType<typeof obstacleBarData>): string {
  return `Bar chart of the six obstacles, most severe first, from 0 (negligible) to 4 (severe); an unknown severity is drawn as an outlined “Don’t know” marker, not a bar: ${data
    .map((d) => `${d.obstacle} ${d.severity === null ? 'not known' : `${d.severity} (${d.label})`}`)
    .join(', ')}.`;
}

/** Each note is printed beside the first reason that cites it; later reasons point back to it. */
function reasonRows(report: Report): string[][] {
  const shown = new Set<string>();
  return report.reasons.map((r) => {
    const notes = r.answers
      .filter((a) => a.note)
      .map((a) => {
        if (shown.has(a.questionId)) return `${a.shortName}: as noted above.`;
        shown.add(a.questionId);
        return `${a.shortName}: ${a.note}`;
      });
    return [
      `${r.decisive ? 'Decided the verdict. ' : ''}${r.text}`,
      r.answers.map(cite).join('; '),
      notes.join(' ') || 'None noted',
    ];
  });
}

function charts(report: Report, comparedWith: readonly Series[]): PaperBlock[] {
  const series: Series[] = [
    { key: 'proposal', name: report.title, answers: report.answers },
    ...comparedWith,
  ];
  const rows = conditionRadarData(series);
  const bars = obstacleBarData(report.answers);
  const compared = comparedWith.length > 0 ? andList(comparedWith.map((s) => s.name)) : 'no worked example';
  return [
    h2('Charts'),
    {
      kind: 'paragraph',
      text: `The radar compares the six conditions with ${compared}; the bars order the obstacles by severity. Each chart's data is also given in words for screen readers.`,
    },
    {
      kind: 'figures',
      figures: [
        {
          caption: 'The six conditions (0 to 4)',
          alt: radarAlt(rows, series),
          drawing: { chart: 'radar', rows, series },
        },
        {
          caption: 'Obstacles, most severe first',
          alt: obstaclesAlt(bars),
          drawing: { chart: 'obstacles', data: bars },
        },
      ],
    },
  ];
}

function proposal(report: Report): PaperBlock[] {
  return [
    h2('The proposal'),
    {
      kind: 'table',
      caption: 'The proposal',
      columns: ['Field', 'Value'],
      widths: [0.3, 0.7],
      rows: [
        ['Title', report.title],
        ...report.proposal.rows.map(([l, v]) => [l, v]),
        ['Method', `Ledger Fit method ${report.methodVersion}, after Yeung (2019)`],
      ],
    },
    ...(report.proposal.description
      ? [{ kind: 'paragraph' as const, text: report.proposal.description }]
      : []),
  ];
}

function reasons(report: Report): PaperBlock[] {
  return [
    h2('Reasons and the evidence behind them'),
    { kind: 'paragraph', text: report.summary },
    {
      kind: 'table',
      caption: 'Reasons and the evidence behind them',
      columns: ['Reason', 'Based on these answers', 'Evidence noted'],
      widths: [0.42, 0.3, 0.28],
      rows: reasonRows(report),
    },
  ];
}

function whatWouldChange(report: Report): PaperBlock[] {
  if (report.decision.verdict.id === 'undetermined') return [];
  const { better, worse, betterIfFactsDiffered, worseIfFactsDiffered } = report.suggestions;
  const changes = [
    ...better.map((s) => `Up to ${s.bandLabel.toLowerCase()}: ${s.text}`),
    ...worse.map((s) => `Down to ${s.bandLabel.toLowerCase()} (a risk growing): ${s.text}`),
    ...[...betterIfFactsDiffered, ...worseIfFactsDiffered].map(
      (s) => `Only if the situation were different, ${s.bandLabel.toLowerCase()}: ${s.text}`,
    ),
  ];
  return [
    h2('What would change the verdict'),
    {
      kind: 'list',
      ordered: false,
      items: changes.length > 0 ? changes : ['No small change of design or mitigation moves the verdict.'],
    },
    { kind: 'paragraph', text: report.architecture.why },
  ];
}

function certainty(report: Report): PaperBlock[] {
  const { confidence } = report;
  const pivotal = new Set(confidence.pivotal.map((p) => p.questionId));
  return [
    h2('How certain this is'),
    {
      kind: 'paragraph',
      text: `${confidence.label}. ${confidence.meaning} ${confidence.unknownPercent}% of the questions needed are “Don’t know” or unanswered.`,
    },
    ...(confidence.unknown.length > 0
      ? [
          {
            kind: 'list' as const,
            ordered: false,
            items: confidence.unknown.map(
              (u) => `${cite(u)}${pivotal.has(u.questionId) ? ' (alone, could move the verdict)' : ''}`,
            ),
          },
        ]
      : []),
  ];
}

function coreFunctionsAndTensions(report: Report): PaperBlock[] {
  return [
    h2('Core functions and tensions'),
    { kind: 'paragraph', text: report.coreFunctionsText },
    {
      kind: 'list',
      ordered: false,
      items: report.tensions.map(
        (t) => `${cite(t)}${t.inConflict ? ' (in conflict with what a ledger can give)' : ''}.`,
      ),
    },
  ];
}

function workshop(report: Report): PaperBlock[] {
  if (!report.workshop) return [];
  return [
    h2('How the workshop room rated it'),
    {
      kind: 'paragraph',
      text: `Ratings given from phones in the workshop held ${report.workshop.heldOn}, each person anonymous and counted once; late and excluded votes are shown, not dropped. “Agreed” is the rating the room settled on, used in this assessment.`,
    },
    {
      kind: 'table',
      caption: 'Workshop ratings',
      columns: ['Question', 'How the room rated it', 'Votes', 'Agreed'],
      widths: [0.26, 0.44, 0.12, 0.18],
      rows: report.workshop.rows.map((r) => [
        r.shortName,
        `${r.spread}${r.disagreement ? ' (the room disagreed: three or more scale points)' : ''}`,
        `${r.total}${r.late > 0 ? `, ${r.late} late` : ''}${r.excluded > 0 ? `, ${r.excluded} excluded` : ''}`,
        r.agreed,
      ]),
    },
  ];
}

function vendorQuestions(report: Report): PaperBlock[] {
  if (report.vendorQuestions.length === 0) return [];
  return [
    h2('Questions for the vendor'),
    {
      kind: 'table',
      caption: 'Questions for the vendor',
      columns: ['Ask', 'Evidence to ask for', 'Why it is asked'],
      widths: [0.38, 0.34, 0.28],
      rows: report.vendorQuestions.map((q) => [
        q.ask,
        q.evidence,
        `${cite(q.about)}. ${q.why} (${q.source})`,
      ]),
    },
  ];
}

function regulatory(report: Report): PaperBlock[] {
  if (report.regulatory.noProfile)
    return [
      h2('Regulatory checks'),
      { kind: 'paragraph', text: 'No setting with a regulatory profile was chosen for this proposal.' },
    ];
  const due = report.regulatory.reviewDue;
  return [
    h2('Regulatory checks'),
    // No date when no duty is shown: the date is that of the duties shown ("Law checked on ." before).
    ...(report.regulatory.lawCheckedOn === ''
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: `Law checked on ${report.regulatory.lawCheckedOn}.${
              due.length > 0
                ? ` Not reviewed for twelve months or more, re-check before relying on it: ${due.join('; ')}.`
                : ''
            }`,
          },
        ]),
    ...report.regulatory.profiles.flatMap((p): PaperBlock[] => [
      { kind: 'heading', level: 3, text: p.name },
      ...(p.scopeNote ? [{ kind: 'paragraph' as const, text: p.scopeNote }] : []),
      p.duties.length === 0
        ? { kind: 'paragraph', text: 'None of this profile’s duties is triggered by these answers.' }
        : {
            kind: 'table',
            caption: `${p.name}: duties`,
            columns: ['Duty', 'What the answers imply', 'Ask', 'Source'],
            widths: [0.2, 0.36, 0.26, 0.18],
            rows: p.duties.map((d) => [
              `${d.name} (${modalityLabel[d.modality].toLowerCase()})`,
              d.implications.length > 0 ? d.implications.join(' ') : d.summary,
              d.vendorQuestions.join(' '),
              `${d.source}; ${d.date}`,
            ]),
          },
    ]),
  ];
}

function hazardLog(report: Report): PaperBlock[] {
  if (report.hazardLog.length === 0) return [];
  return [
    h2('Draft hazard log (DCB0160)'),
    {
      kind: 'paragraph',
      text: `${report.hazardLog[0]?.status}. Initial risk looked up in the DCB0129/0160 matrix (likelihood and consequence categories give a clinical risk rating of 1 to 5), as reproduced in NHS England’s UK Core Hazard Log; residual risk only once a control is recorded.`,
    },
    {
      kind: 'table',
      caption: 'Draft hazard log',
      columns: ['Hazard', 'Initial risk', 'Cause and effect', 'Controls', 'Residual risk', 'Owner'],
      widths: [0.17, 0.13, 0.3, 0.2, 0.1, 0.1],
      rows: report.hazardLog.map((r) => [
        r.hazard,
        `${r.risk} ${r.riskLevel} (${likelihoodName(r.likelihood).toLowerCase()} likelihood, ${consequenceName(r.severity).toLowerCase()})`,
        `${r.cause} ${r.effect}`,
        `${r.existingControls} Proposed: ${r.proposedControls}`,
        r.residualText,
        r.owner || 'Not set',
      ]),
    },
  ];
}

function appendixAndMethod(report: Report): PaperBlock[] {
  return [
    h2('Appendix: every answer'),
    {
      kind: 'table',
      caption: 'Every answer',
      columns: ['Question', 'Answer', 'Note'],
      widths: [0.3, 0.25, 0.45],
      rows: report.answersByPage.flatMap((page) =>
        page.answers.map((a) => [a.shortName, a.answer, a.note ?? '']),
      ),
    },
    h2('Method'),
    {
      kind: 'paragraph',
      text: `The verdict (${verdictBands.map((b) => b.label.toLowerCase()).join(', ')}) is the worse of the band the two scores earn and every gate that applies, following the conditions, obstacles and tensions of ${seedReference.talk} See also ${seedReference.paper} A score never settles the question: the trade-offs need people to resolve them.`,
    },
  ];
}

export function bodyBlocks(report: Report, comparedWith: readonly Series[]): PaperBlock[] {
  return [
    ...charts(report, comparedWith),
    ...proposal(report),
    ...reasons(report),
    ...whatWouldChange(report),
    ...certainty(report),
    ...coreFunctionsAndTensions(report),
    ...workshop(report),
    ...vendorQuestions(report),
    ...regulatory(report),
    ...hazardLog(report),
    ...appendixAndMethod(report),
  ];
}
