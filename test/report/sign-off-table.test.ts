// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BoardPaper } from '../../src/report/board-paper';
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
