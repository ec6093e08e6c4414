import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';

const v2 = (name: string) => readFileSync(`test/fixtures/v2/${name}.json`, 'utf8');

describe('what the ledger holds and direct care, on the proposal (optional fields)', () => {
  it.each(['patient-records', 'medicine-supply-chain'])(
    'an older file (%s) loads unchanged, with neither field',
    (name) => {
      const text = v2(name);
      const parsed = parseAssessmentFile(text);
      if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
      const [assessment] = parsed.data.assessments;
      expect(assessment).toEqual(JSON.parse(text).assessments[0]);
      expect(assessment!.proposal).not.toHaveProperty('ledgerHolds');
      expect(assessment!.proposal).not.toHaveProperty('directCare');
    },
  );

  const withContext = (proposal: Record<string, unknown>) => {
    const file = JSON.parse(v2('patient-records'));
    Object.assign(file.assessments[0].proposal, proposal);
    return parseAssessmentFile(JSON.stringify(file));
  };

  it('keeps the fields when a file carries them', () => {
    const parsed = withContext({ ledgerHolds: ['consentPreferences'], directCare: 'yes' });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.data.assessments[0]!.proposal).toMatchObject({
      ledgerHolds: ['consentPreferences'],
      directCare: 'yes',
    });
  });

  it.each([
    { ledgerHolds: ['bitcoin'] },
    { ledgerHolds: ['credentials', 'credentials'] },
    { directCare: 'maybe' },
  ])('refuses %j with a message, changing nothing', (proposal) => {
    const parsed = withContext(proposal);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join(' ')).toMatch(/ledgerHolds|directCare/);
  });
});
