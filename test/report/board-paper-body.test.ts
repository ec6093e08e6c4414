import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { verdictBands } from '../../src/framework/verdict-bands';
import type { PaperBlock } from '../../src/report/board-paper';
import { bodyBlocks } from '../../src/report/board-paper-body';
import { buildReport, type Report } from '../../src/report/build-report';
import { conditionRadarData, obstacleBarData } from '../../src/report/chart-data';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** The board paper after page 1: each section's words, tables and when it is left out. */
const base = (() => {
  const a = exampleToAssessment(findExample('patient-records')!);
  return buildReport({
    ...a,
    proposal: { ...a.proposal!, settings: ['ukNhs'], directCare: 'yes' } as typeof a.proposal,
  });
})();
type Blocks = readonly PaperBlock[];
const headings = (blocks: Blocks) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
/** The blocks under a level-2 heading, up to the next one. */
function section(blocks: Blocks, heading: string): Blocks {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === heading);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 2);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}
const body = (changes: Partial<Report> = {}) => bodyBlocks({ ...base, ...changes } as Report, []);
const table = (blocks: Blocks) =>
  blocks.find((b) => b.kind === 'table') as Extract<PaperBlock, { kind: 'table' }>;
const text = (b: PaperBlock | undefined) => (b as { text: string }).text;
const answer = (questionId: string, shortName: string, ans: string, note?: string) => ({
  questionId,
  shortName,
  name: shortName,
  answer: ans,
  plain: `${shortName}: ${ans}`,
  pageId: 'p',
  ...(note ? { note } : {}),
});

describe('the sections after page 1', () => {
  it('in the order a reader meets them; the optional ones only when there is something to say', () => {
    expect(headings(body())).toEqual([
      'Charts',
      'The proposal',
      'Reasons and the evidence behind them',
      'What would change the verdict',
      'How certain this is',
      'Core functions and tensions',
      'Questions for the vendor',
      'Regulatory checks',
      'Draft hazard log (DCB0160)',
      'Appendix: every answer',
      'Method',
    ]);
    expect(headings(bodyBlocks(buildReport({ answers: {} }), []))).toEqual([
      'Charts',
      'The proposal',
      'Reasons and the evidence behind them',
      'How certain this is',
      'Core functions and tensions',
      'Questions for the vendor',
      'Regulatory checks',
      'Appendix: every answer',
      'Method',
    ]);
  });

  it('the charts, compared with no example or with the named ones, and their data in words', () => {
    expect(text(section(body(), 'Charts')[0])).toBe(
      "The radar compares the six conditions with no worked example; the bars order the obstacles by severity. Each chart's data is also given in words for screen readers.",
    );
    const other = exampleToAssessment(findExample('medicine-supply-chain')!).answers;
    const series = [
      { key: 'a', name: 'Supply chain', answers: other },
      { key: 'b', name: 'Empty', answers: {} },
    ];
    const blocks = bodyBlocks(base, series);
    expect(text(section(blocks, 'Charts')[0])).toMatch(
      /^The radar compares the six conditions with Supply chain and Empty;/,
    );
    const figures = section(blocks, 'Charts')[1] as Extract<PaperBlock, { kind: 'figures' }>;
    const all = [{ key: 'proposal', name: base.title, answers: base.answers }, ...series];
    const rows = conditionRadarData(all);
    expect(figures.figures[0]).toEqual({
      caption: 'The six conditions (0 to 4)',
      alt: `Radar chart of the six conditions, each rated from 0 (not met) to 4 (fully met); an unknown rating is marked on the centre as unknown, not drawn as 0. ${all
        .map((s) => `${s.name}: ${rows.map((r) => `${r.condition} ${r[s.key] ?? 'unknown'}`).join(', ')}.`)
        .join(' ')}`,
      drawing: { chart: 'radar', rows, series: all },
    });
    expect(figures.figures[0]!.alt).toContain(
      'Empty: C1 Common interest unknown, C2 Semantic interoperability unknown',
    );
    const bars = obstacleBarData(base.answers);
    expect(figures.figures[1]).toEqual({
      caption: 'Obstacles, most severe first',
      alt: `Bar chart of the six obstacles, most severe first, from 0 (negligible) to 4 (severe); an unknown severity is drawn as an outlined “Don’t know” marker, not a bar: ${bars
        .map((d) => `${d.obstacle} ${d.severity === null ? 'not known' : `${d.severity} (${d.label})`}`)
        .join(', ')}.`,
      drawing: { chart: 'obstacles', data: bars },
    });
    const unknownBars = bodyBlocks({ ...base, answers: {} }, []);
    const alt = (section(unknownBars, 'Charts')[1] as Extract<PaperBlock, { kind: 'figures' }>).figures[1]!
      .alt;
    expect(alt).toContain('O1 Adoption not known, ');
    expect(alt).toMatch(/not known\.$/);
  });

  it('the proposal table, and its description only when given', () => {
    const blocks = section(body(), 'The proposal');
    expect(table(blocks)).toEqual({
      kind: 'table',
      caption: 'The proposal',
      columns: ['Field', 'Value'],
      widths: [0.3, 0.7],
      rows: [
        ['Title', base.title],
        ...base.proposal.rows.map(([l, v]) => [l, v]),
        ['Method', `Ledger Fit method ${base.methodVersion}, after Yeung (2019)`],
      ],
    });
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(base.proposal.description ? 1 : 0);
    const withText = section(
      body({ proposal: { ...base.proposal, description: 'Shares summaries.' } }),
      'The proposal',
    );
    expect(withText.at(-1)).toEqual({ kind: 'paragraph', text: 'Shares summaries.' });
    expect(section(body({ proposal: { ...base.proposal, description: '' } }), 'The proposal')).toHaveLength(
      1,
    );
  });

  it('each reason with the answers behind it; a note beside the first reason that cites it', () => {
    const reasons = [
      {
        decisive: true,
        text: 'R1.',
        answers: [answer('a', 'A', 'x', 'Seen in the pilot'), answer('b', 'B', 'y')],
      },
      { decisive: false, text: 'R2.', answers: [answer('a', 'A', 'x', 'Seen in the pilot')] },
      { decisive: false, text: 'R3.', answers: [] },
      {
        decisive: false,
        text: 'R4.',
        answers: [answer('c', 'C', 'z', 'First note.'), answer('d', 'D', 'w', 'Second note.')],
      },
    ] as unknown as Report['reasons'];
    const blocks = section(body({ reasons, summary: 'In short.' }), 'Reasons and the evidence behind them');
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'In short.' });
    expect(table(blocks)).toEqual({
      kind: 'table',
      caption: 'Reasons and the evidence behind them',
      columns: ['Reason', 'Based on these answers', 'Evidence noted'],
      widths: [0.42, 0.3, 0.28],
      rows: [
        ['Decided the verdict. R1.', 'A: x; B: y', 'A: Seen in the pilot'],
        ['R2.', 'A: x', 'A: as noted above.'],
        ['R3.', '', 'None noted'],
        ['R4.', 'C: z; D: w', 'C: First note. D: Second note.'],
      ],
    });
  });

  it('what would change the verdict, each way, and the design’s why', () => {
    const s = (bandLabel: string, t: string) => ({ bandLabel, text: t });
    const suggestions = {
      better: [s('Strong fit', 'Agree the operator.')],
      worse: [s('Weak fit', 'Adoption fails.')],
      betterIfFactsDiffered: [s('Conditional fit', 'One writer.')],
      worseIfFactsDiffered: [s('Not a fit', 'Records on chain.')],
    } as unknown as Report['suggestions'];
    const blocks = section(body({ suggestions }), 'What would change the verdict');
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          'Up to strong fit: Agree the operator.',
          'Down to weak fit (a risk growing): Adoption fails.',
          'Only if the situation were different, conditional fit: One writer.',
          'Only if the situation were different, not a fit: Records on chain.',
        ],
      },
      { kind: 'paragraph', text: base.architecture.why },
    ]);
    const none = { better: [], worse: [], betterIfFactsDiffered: [], worseIfFactsDiffered: [] };
    expect(
      section(
        body({ suggestions: none as unknown as Report['suggestions'] }),
        'What would change the verdict',
      )[0],
    ).toEqual({
      kind: 'list',
      ordered: false,
      items: ['No small change of design or mitigation moves the verdict.'],
    });
  });

  it('how certain it is: the share unknown, and each unknown marked when alone it could move the verdict', () => {
    const confidence = {
      ...base.confidence,
      label: 'Medium confidence',
      meaning: 'Two answers could move it.',
      unknownPercent: 28,
      unknown: [answer('q1', 'O1 Adoption', "Don't know"), answer('q2', 'C2 Semantic', 'Not answered')],
      pivotal: [answer('q2', 'C2 Semantic', 'Not answered')],
    } as unknown as Report['confidence'];
    expect(section(body({ confidence }), 'How certain this is')).toEqual([
      {
        kind: 'paragraph',
        text: 'Medium confidence. Two answers could move it. 28% of the questions needed are “Don’t know” or unanswered.',
      },
      {
        kind: 'list',
        ordered: false,
        items: ["O1 Adoption: Don't know", 'C2 Semantic: Not answered (alone, could move the verdict)'],
      },
    ]);
    const sure = { ...confidence, unknown: [], pivotal: [] } as unknown as Report['confidence'];
    expect(section(body({ confidence: sure }), 'How certain this is')).toHaveLength(1);
  });

  it('the core functions, and each tension marked when in conflict', () => {
    const tensions = [
      { ...answer('t1', 'T1 Speed', 'Security first'), inConflict: true },
      { ...answer('t2', 'T2 Privacy', 'Balanced'), inConflict: false },
    ] as unknown as Report['tensions'];
    expect(
      section(body({ tensions, coreFunctionsText: 'Two functions.' }), 'Core functions and tensions'),
    ).toEqual([
      { kind: 'paragraph', text: 'Two functions.' },
      {
        kind: 'list',
        ordered: false,
        items: [
          'T1 Speed: Security first (in conflict with what a ledger can give).',
          'T2 Privacy: Balanced.',
        ],
      },
    ]);
  });

  it('the workshop: the room’s spread, disagreement, late and excluded votes', () => {
    const workshop = {
      heldOn: '30 November 2026',
      rows: [
        {
          shortName: 'O1 Adoption',
          spread: 'Low 2, High 5',
          disagreement: false,
          total: 8,
          late: 1,
          excluded: 2,
          agreed: 'High',
        },
        {
          shortName: 'C1 Common',
          spread: 'Not met 1, Partially met 1, Fully met 1',
          disagreement: true,
          total: 3,
          late: 0,
          excluded: 0,
          agreed: 'Not agreed',
        },
      ],
    } as unknown as Report['workshop'];
    const blocks = section(body({ workshop }), 'How the workshop room rated it');
    expect(text(blocks[0])).toBe(
      'Ratings given from phones in the workshop held 30 November 2026, each person anonymous and counted once; late and excluded votes are shown, not dropped. “Agreed” is the rating the room settled on, used in this assessment.',
    );
    expect(table(blocks)).toEqual({
      kind: 'table',
      caption: 'Workshop ratings',
      columns: ['Question', 'How the room rated it', 'Votes', 'Agreed'],
      widths: [0.26, 0.44, 0.12, 0.18],
      rows: [
        ['O1 Adoption', 'Low 2, High 5', '8, 1 late, 2 excluded', 'High'],
        [
          'C1 Common',
          'Not met 1, Partially met 1, Fully met 1 (the room disagreed: three or more scale points)',
          '3',
          'Not agreed',
        ],
      ],
    });
    expect(headings(body({ workshop: undefined }))).not.toContain('How the workshop room rated it');
  });

  it('the questions for the vendor, with why each is asked and its source', () => {
    const vendorQuestions = [
      {
        ask: 'Who runs it?',
        evidence: 'A contract.',
        about: answer('o', 'O3 Governance', 'High'),
        why: 'Nobody owns it.',
        source: 'Yeung §4',
      },
    ] as unknown as Report['vendorQuestions'];
    expect(table(section(body({ vendorQuestions }), 'Questions for the vendor'))).toEqual({
      kind: 'table',
      caption: 'Questions for the vendor',
      columns: ['Ask', 'Evidence to ask for', 'Why it is asked'],
      widths: [0.38, 0.34, 0.28],
      rows: [['Who runs it?', 'A contract.', 'O3 Governance: High. Nobody owns it. (Yeung §4)']],
    });
    expect(headings(body({ vendorQuestions: [] }))).not.toContain('Questions for the vendor');
  });

  it('the regulatory checks: none chosen, the date and what is due, each profile’s duties', () => {
    const reg = (regulatory: object) =>
      section(
        body({ regulatory: { ...base.regulatory, ...regulatory } as Report['regulatory'] }),
        'Regulatory checks',
      );
    expect(reg({ noProfile: true })).toEqual([
      { kind: 'paragraph', text: 'No setting with a regulatory profile was chosen for this proposal.' },
    ]);
    const duty = {
      name: 'UK GDPR',
      modality: 'must',
      implications: ['It holds personal data.', 'Erasure is hard.'],
      summary: 'Data protection.',
      vendorQuestions: ['How is erasure done?', 'Where is it hosted?'],
      source: 'UK GDPR Art. 17',
      date: '2026-12-02',
    };
    const profiles = [
      {
        name: 'England (NHS England)',
        scopeNote: 'England only.',
        duties: [duty, { ...duty, name: 'DSPT', modality: 'checkWhether', implications: [] }],
      },
      { name: 'United States', duties: [] },
    ];
    expect(
      reg({ noProfile: false, lawCheckedOn: '2 December 2026', reviewDue: ['UK GDPR', 'DSPT'], profiles }),
    ).toEqual([
      {
        kind: 'paragraph',
        text: 'Law checked on 2 December 2026. Not reviewed for twelve months or more, re-check before relying on it: UK GDPR; DSPT.',
      },
      { kind: 'heading', level: 3, text: 'England (NHS England)' },
      { kind: 'paragraph', text: 'England only.' },
      {
        kind: 'table',
        caption: 'England (NHS England): duties',
        columns: ['Duty', 'What the answers imply', 'Ask', 'Source'],
        widths: [0.2, 0.36, 0.26, 0.18],
        rows: [
          [
            'UK GDPR (must)',
            'It holds personal data. Erasure is hard.',
            'How is erasure done? Where is it hosted?',
            'UK GDPR Art. 17; 2026-12-02',
          ],
          [
            'DSPT (check whether)',
            'Data protection.',
            'How is erasure done? Where is it hosted?',
            'UK GDPR Art. 17; 2026-12-02',
          ],
        ],
      },
      { kind: 'heading', level: 3, text: 'United States' },
      { kind: 'paragraph', text: 'None of this profile’s duties is triggered by these answers.' },
    ]);
    expect(reg({ noProfile: false, lawCheckedOn: '2 December 2026', reviewDue: [], profiles: [] })).toEqual([
      { kind: 'paragraph', text: 'Law checked on 2 December 2026.' },
    ]);
    expect(reg({ noProfile: false, lawCheckedOn: '', reviewDue: [], profiles: [] })).toEqual([]);
  });

  it('the draft hazard log: the matrix named, each hazard’s risk in words, an owner or “Not set”', () => {
    expect(base.hazardLog.length).toBeGreaterThan(0);
    const rows = [
      {
        ...base.hazardLog[0]!,
        risk: 4,
        riskLevel: 'Mandatory elimination or control',
        likelihood: 4,
        severity: 5,
        owner: '',
      },
      { ...base.hazardLog[0]!, owner: 'CSO', residualText: '2 (Acceptable with monitoring)' },
    ];
    const blocks = section(body({ hazardLog: rows }), 'Draft hazard log (DCB0160)');
    expect(text(blocks[0])).toBe(
      'Draft for the Clinical Safety Officer’s review. Initial risk looked up in the DCB0129/0160 matrix (likelihood and consequence categories give a clinical risk rating of 1 to 5), as reproduced in NHS England’s UK Core Hazard Log; residual risk only once a control is recorded.',
    );
    const t = table(blocks);
    expect(t.columns).toEqual([
      'Hazard',
      'Initial risk',
      'Cause and effect',
      'Controls',
      'Residual risk',
      'Owner',
    ]);
    expect(t.widths).toEqual([0.17, 0.13, 0.3, 0.2, 0.1, 0.1]);
    expect(t.caption).toBe('Draft hazard log');
    const r = rows[0]!;
    expect(t.rows[0]).toEqual([
      r.hazard,
      '4 Mandatory elimination or control (high likelihood, catastrophic)',
      `${r.cause} ${r.effect}`,
      `${r.existingControls} Proposed: ${r.proposedControls}`,
      r.residualText,
      'Not set',
    ]);
    expect(t.rows[1]!.slice(4)).toEqual(['2 (Acceptable with monitoring)', 'CSO']);
  });

  it('every answer in the appendix, and the method', () => {
    const blocks = body();
    expect(table(section(blocks, 'Appendix: every answer'))).toEqual({
      kind: 'table',
      caption: 'Every answer',
      columns: ['Question', 'Answer', 'Note'],
      widths: [0.3, 0.25, 0.45],
      rows: base.answersByPage.flatMap((p) => p.answers.map((a) => [a.shortName, a.answer, a.note ?? ''])),
    });
    expect(base.answersByPage.some((p) => p.answers.some((a) => a.note))).toBe(true);
    const method = text(section(blocks, 'Method')[0]);
    expect(method).toMatch(
      new RegExp(
        `^The verdict \\(${verdictBands.map((b) => b.label.toLowerCase()).join(', ')}\\) is the worse of the band the two scores earn and every gate that applies, following the conditions, obstacles and tensions of `,
      ),
    );
    expect(method).toMatch(
      / See also .+ A score never settles the question: the trade-offs need people to resolve them\.$/,
    );
  });
});

describe('every block is a block the renderers know', () => {
  it('no stray values, and every paragraph is marked as one', () => {
    const kinds = new Set(['heading', 'paragraph', 'list', 'table', 'figures']);
    for (const blocks of [
      body(),
      body({ vendorQuestions: [], workshop: undefined, hazardLog: [] }),
      bodyBlocks(buildReport({ answers: {} }), []),
      body({
        workshop: { heldOn: 'x', rows: [] } as unknown as Report['workshop'],
      }),
    ]) {
      for (const b of blocks) expect(kinds.has(b.kind)).toBe(true);
      for (const b of blocks) if ('text' in b && b.kind !== 'heading') expect(b.kind).toBe('paragraph');
    }
    expect(
      section(
        body({ workshop: { heldOn: 'x', rows: [] } as unknown as Report['workshop'] }),
        'How the workshop room rated it',
      )[0]!.kind,
    ).toBe('paragraph');
    expect(section(body(), 'Charts').map((b) => b.kind)).toEqual(['paragraph', 'figures']);
    expect(section(body(), 'Method').map((b) => b.kind)).toEqual(['paragraph']);
    expect(section(body(), 'Draft hazard log (DCB0160)').map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });

  it('an answer without a note has an empty note cell in the appendix', () => {
    const empty = buildReport({ answers: {} });
    const rows = table(section(bodyBlocks(empty, []), 'Appendix: every answer')).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[2]).toBe('');
  });
});
