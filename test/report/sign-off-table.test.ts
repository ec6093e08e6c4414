// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BoardPaper, PaperBlock } from '../../src/report/board-paper';
import { withSignOff } from '../../src/report/sign-off-table';
import { signOffOf } from '../../src/team/sign-off-rows';
import { newSigningKey, signAssessment } from '../../src/team/signing';
import { base } from '../team/team-fixtures';

const paper: BoardPaper = {
  documentTitle: 't',
  title: 't',
  subtitle: 's',
  provisional: false,
  summary: [
    { kind: 'heading', level: 2, text: 'Sign-off' },
    {
      kind: 'table',
      caption: 'Sign-off',
      columns: ['Assessor', 'Reviewer', 'Date', 'Version'],
      widths: [0.3, 0.3, 0.2, 0.2],
      rows: [['Asha', '', '2026-12-01', 'Draft (method 1)']],
    },
  ],
  body: [],
};

describe('the board paper’s sign-off from the team record', () => {
  it('fills reviewer and version and lists each signature as verified or changed after signing', async () => {
    const key = await newSigningKey();
    const signed = { ...base, team: { reviewer: 'Dr Rao', version: '1.2' } };
    const signature = await signAssessment(
      signed,
      key,
      'reviewer',
      'Dr Rao',
      new Date('2026-12-02T11:30:00Z'),
    );
    const withSig = { ...signed, team: { ...signed.team, signatures: [signature] } };
    const out = withSignOff(paper, await signOffOf(withSig));
    expect(out.summary[1]).toMatchObject({ rows: [['Asha', 'Dr Rao', '2026-12-01', '1.2']] });
    expect(out.summary[2]).toMatchObject({
      caption: 'Signatures',
      rows: [
        [
          'Reviewer',
          'Dr Rao',
          '2026-12-02 11:30',
          expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){5}$/),
          'verified',
        ],
      ],
    });
    const changed = { ...withSig, answers: { 'condition.validityCheck': { value: 1 } } };
    expect(withSignOff(paper, await signOffOf(changed)).summary[2]).toMatchObject({
      rows: [
        [expect.anything(), expect.anything(), expect.anything(), expect.anything(), 'changed after signing'],
      ],
    });
  });

  it('leaves a paper without a team record as it was', async () => {
    expect(withSignOff(paper, await signOffOf(base))).toBe(paper);
  });
});

describe('the sign-off cells, without signing', () => {
  const other: PaperBlock = {
    kind: 'table',
    caption: 'Other',
    columns: ['Reviewer', 'Version'],
    widths: [0.5, 0.5],
    rows: [['x', 'y']],
  };
  const twoRows: BoardPaper = {
    ...paper,
    summary: [other, ...paper.summary].map(
      (b): PaperBlock =>
        b.kind === 'table' && b.caption === 'Sign-off'
          ? { ...b, rows: [...b.rows, ['Ben', '', '', 'old']] }
          : b,
    ),
  };

  it('fills only the cells given, in the first row of the sign-off table alone, and adds no empty signatures table', () => {
    const out = withSignOff(twoRows, { reviewer: 'Dr Rao', rows: [] });
    expect(out.summary).toEqual([
      twoRows.summary[0],
      twoRows.summary[1],
      {
        ...twoRows.summary[2],
        rows: [
          ['Asha', 'Dr Rao', '2026-12-01', 'Draft (method 1)'],
          ['Ben', '', '', 'old'],
        ],
      },
    ]);
    expect(withSignOff(twoRows, { version: '2.0', rows: [] }).summary[2]).toMatchObject({
      rows: [
        ['Asha', '', '2026-12-01', '2.0'],
        ['Ben', '', '', 'old'],
      ],
    });
    expect({ ...out, summary: [] }).toEqual({ ...twoRows, summary: [] });
  });

  it('an empty team record changes nothing', () => {
    expect(withSignOff(paper, { rows: [] })).toBe(paper);
    expect(withSignOff(paper, { reviewer: '', version: '', rows: [] })).toBe(paper);
    expect(withSignOff(paper, undefined)).toBe(paper);
  });

  it('signatures alone: a table of them after the sign-off, times in UTC to the minute', () => {
    const out = withSignOff(paper, {
      rows: [
        {
          role: 'Assessor',
          name: 'Asha',
          time: '2026-12-02T09:05:59.123Z',
          fingerprint: 'AB12',
          status: 'verified',
        },
      ],
    });
    expect(out.summary[1]).toEqual(paper.summary[1]);
    expect(out.summary[2]).toEqual({
      kind: 'table',
      caption: 'Signatures',
      columns: ['Role', 'Name', 'Signed (UTC)', 'Key fingerprint', 'Check'],
      widths: [0.2, 0.2, 0.17, 0.23, 0.2],
      rows: [['Assessor', 'Asha', '2026-12-02 09:05', 'AB12', 'verified']],
    });
  });
});
