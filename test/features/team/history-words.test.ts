import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../src/features/team/history-words';
import type { HistoryEntry } from '../../../src/schema/team-record';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  author: 'asha',
  by: 'Asha Patel',
  seq: 1,
  at: '2026-12-01T11:00:00.000Z',
  kind: 'answer',
  target: 'condition.commonInterest',
  prev: '',
  hash: '0'.repeat(64),
  ...over,
});

describe('a team history change as a reviewer reads it', () => {
  it('gives an answer in the scale’s words, and "Not answered" for none', () => {
    expect(describeChange(entry({ from: 2, to: 3 }))).toBe('C1 Common interest: Partially met → Largely met');
    expect(describeChange(entry({ from: null, to: 'dontKnow' }))).toBe(
      "C1 Common interest: Not answered → Don't know",
    );
  });

  it('quotes a note, and says when one is removed', () => {
    expect(describeChange(entry({ kind: 'note', to: 'Partners agree' }))).toBe(
      'Note on C1 Common interest: “Partners agree”',
    );
    expect(describeChange(entry({ kind: 'note', from: 'Partners agree', to: null }))).toBe(
      'Note on C1 Common interest removed',
    );
  });

  it('names a proposal field by its label and its listed values in words', () => {
    expect(describeChange(entry({ kind: 'proposal', target: 'title', from: 'Old', to: 'New' }))).toBe(
      'Title of the proposal: “Old” → “New”',
    );
    expect(describeChange(entry({ kind: 'proposal', target: 'settings', from: null, to: 'ukNhs, us' }))).toBe(
      'Settings: nothing → UK NHS, United States',
    );
    expect(
      describeChange(entry({ kind: 'proposal', target: 'ledgerHolds', from: null, to: 'auditHashes' })),
    ).toBe('What would the ledger hold?: nothing → Hashes or audit markers of records kept elsewhere');
    expect(describeChange(entry({ kind: 'proposal', target: 'directCare', from: 'no', to: 'yes' }))).toBe(
      'Would it be used in the direct care of patients?: No → Yes',
    );
  });

  it('names a hazard-log change by the hazard and the field', () => {
    expect(
      describeChange(entry({ kind: 'hazard', target: 'consentStaleOrWrong.residualLikelihood', to: 2 })),
    ).toBe('Hazard log, A stale or wrong consent preference is acted on: residual likelihood: “2”');
    expect(describeChange(entry({ kind: 'hazard', target: 'consentStaleOrWrong.owner', to: null }))).toBe(
      'Hazard log, A stale or wrong consent preference is acted on: owner: cleared',
    );
  });

  it('names a sign-off by its role', () => {
    expect(
      describeChange(entry({ kind: 'signature', target: 'clinicalSafetyOfficer', to: 'abcdef0123456789' })),
    ).toBe('Signed as Clinical Safety Officer (content abcdef0123456789…)');
  });
});
