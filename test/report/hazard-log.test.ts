import { describe, expect, it } from 'vitest';
import {
  consequenceName,
  draftMark,
  hazardLog,
  hazardLogCsv,
  likelihoodName,
  rate,
} from '../../src/report/hazard-log';
import type { Answers } from '../../src/schema/assessment-schema';

/**
 * The draft DCB0160 hazard log a Clinical Safety Officer reviews: which hazards are logged, the likelihood the
 * answers give, the consequence, the matrix rating, the residual risk, and the CSV the officer takes away.
 */

/** One writer, metadata on the ledger, not identifiable, no automated checks: only what `holds` brings. */
const quiet: Answers = {
  'proposal.writerCount': { value: 'one' },
  'proposal.onChainData': { value: 'metadata' },
  'proposal.patientIdentifiable': { value: 'no' },
  'condition.validityCheck': { value: 0 },
};
const consent = (answers: Answers, edits = {}) =>
  hazardLog(answers, edits, { ledgerHolds: ['consentPreferences'], directCare: 'no' });

describe('the DCB risk matrix lookup', () => {
  it('looks the rating up, never multiplies', () => {
    expect(rate(1, 5)).toEqual({ likelihood: 1, consequence: 5, rating: 3, label: 'Undesirable' });
    expect(rate(4, 4)).toEqual({
      likelihood: 4,
      consequence: 4,
      rating: 4,
      label: 'Mandatory elimination or control',
    });
    expect(rate(5, 5).label).toBe('Unacceptable');
    expect(rate(1, 1).label).toBe('Acceptable');
    expect(rate(2, 2).label).toBe('Acceptable with monitoring');
    expect(rate(5, 1).rating).toBe(3);
    expect(rate(2, 4).rating).toBe(3);
  });

  it('rounds and keeps a category within 1–5', () => {
    expect(rate(0, 9)).toMatchObject({ likelihood: 1, consequence: 5, rating: 3 });
    expect(rate(7, -1)).toMatchObject({ likelihood: 5, consequence: 1, rating: 3 });
    expect(rate(2.6, 3.4)).toMatchObject({ likelihood: 3, consequence: 3, rating: 3 });
    expect(rate(1.4, 4.5)).toMatchObject({ likelihood: 1, consequence: 5 });
  });

  it('names the categories, clamped', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(likelihoodName)).toEqual([
      'Very low',
      'Very low',
      'Low',
      'Medium',
      'High',
      'Very high',
      'Very high',
    ]);
    expect([0, 1, 3, 5, 6].map(consequenceName)).toEqual([
      'Minor',
      'Minor',
      'Considerable',
      'Catastrophic',
      'Catastrophic',
    ]);
  });
});

describe('which hazards are logged', () => {
  it('only the hazards that what the ledger holds and does bring with it', () => {
    expect(consent(quiet).map((r) => r.id)).toEqual(['consentStaleOrWrong']);
    expect(hazardLog(quiet, {}, { ledgerHolds: [], directCare: 'no' })).toEqual([]);
    expect(
      hazardLog(quiet, {}, { ledgerHolds: ['prescriptions', 'credentials'], directCare: 'no' }).map(
        (r) => r.id,
      ),
    ).toEqual(['prescriptionSuperseded', 'credentialStale']);
    // Several writers bring the outage and the timestamp dispute; direct care with patient data, the lost key.
    const several: Answers = { ...quiet, 'proposal.writerCount': { value: 'few' } };
    expect(hazardLog(several, {}, { directCare: 'no' }).map((r) => r.id)).toEqual([
      'consensusOutage',
      'timestampDispute',
    ]);
  });

  it('each row carries the hazard’s words, why it is logged, and the draft mark', () => {
    const [row] = consent(quiet);
    expect(row).toMatchObject({
      hazard: 'A stale or wrong consent preference is acted on',
      effect:
        'Data is shared against the patient’s wishes, or withheld from clinicians who need it for care.',
      because: 'the ledger would hold patients’ consent or sharing preferences',
      status: draftMark,
    });
    expect(row!.cause).toMatch(/^A patient’s change of preference is recorded late/);
    expect(draftMark).toBe('Draft for the Clinical Safety Officer’s review');
  });
});

describe('the initial risk the answers give', () => {
  it('the worst of the rated obstacles, one category up; the consequence is the hazard’s own', () => {
    const answers: Answers = {
      ...quiet,
      'obstacle.humanFactors': { value: 3 },
      'obstacle.interoperability': { value: 1 },
    };
    expect(consent(answers)[0]).toMatchObject({
      likelihood: 4,
      severity: 4,
      risk: 4,
      riskLevel: 'Mandatory elimination or control',
      basis: 'Likelihood from O6 Human factors, O2 Interoperability',
    });
    const low: Answers = {
      ...quiet,
      'obstacle.humanFactors': { value: 0 },
      'obstacle.interoperability': { value: 0 },
    };
    expect(consent(low)[0]).toMatchObject({ likelihood: 1, severity: 4, risk: 2 });
    const worst: Answers = { ...quiet, 'obstacle.humanFactors': { value: 4 } };
    expect(consent(worst)[0]).toMatchObject({ likelihood: 5, risk: 5, riskLevel: 'Unacceptable' });
  });

  it('an unknown rating is left out; none known is taken as medium, and said so', () => {
    const one: Answers = {
      ...quiet,
      'obstacle.humanFactors': { value: 'dontKnow' },
      'obstacle.interoperability': { value: 1 },
    };
    expect(consent(one)[0]).toMatchObject({
      likelihood: 2,
      basis: 'Likelihood from O6 Human factors, O2 Interoperability',
    });
    expect(consent(quiet)[0]).toMatchObject({
      likelihood: 3,
      risk: 3,
      basis: 'Likelihood assumed “medium”: O6 Human factors, O2 Interoperability not known',
    });
  });

  it('records on the ledger raise the consequence by one category', () => {
    const records: Answers = {
      ...quiet,
      'proposal.onChainData': { value: 'records' },
      'obstacle.humanFactors': { value: 3 },
    };
    expect(consent(records).find((r) => r.id === 'consentStaleOrWrong')).toMatchObject({
      likelihood: 4,
      severity: 5,
      risk: 5,
    });
  });

  it('a condition poorly met means a high likelihood (inverted rating)', () => {
    const rules = (rating: number | 'dontKnow') =>
      hazardLog(
        {
          ...quiet,
          'condition.validityCheck': { value: 2 },
          'condition.semanticInteroperability': { value: rating },
        },
        {},
        { directCare: 'no' },
      ).find((r) => r.id === 'contractRejectsValid');
    expect(rules(4)).toMatchObject({ likelihood: 1, severity: 3, risk: 2 });
    expect(rules(0)).toMatchObject({ likelihood: 5, severity: 3, risk: 4 });
    expect(rules(1)).toMatchObject({ likelihood: 4 });
    expect(rules('dontKnow')).toMatchObject({ likelihood: 3 });
  });
});

describe('the assessor’s own entries', () => {
  const answers: Answers = { ...quiet, 'obstacle.humanFactors': { value: 3 } };

  it('a scored likelihood or severity replaces the derived one, and the basis says so', () => {
    expect(consent(answers, { consentStaleOrWrong: { likelihood: 2, severity: 1 } })[0]).toMatchObject({
      likelihood: 2,
      severity: 1,
      risk: 1,
      riskLevel: 'Acceptable',
      basis: 'Scored by the assessor',
    });
    expect(consent(answers, { consentStaleOrWrong: { severity: 2 } })[0]).toMatchObject({
      likelihood: 4,
      severity: 2,
      risk: 3,
      basis: 'Scored by the assessor',
    });
    expect(consent(answers, { consentStaleOrWrong: { likelihood: 1 } })[0]).toMatchObject({
      likelihood: 1,
      severity: 4,
      basis: 'Scored by the assessor',
    });
    // Another hazard's entry does not touch this one.
    expect(consent(answers, { keyLoss: { likelihood: 1 } })[0]).toMatchObject({ likelihood: 4 });
  });

  it('without recorded controls: the library’s controls as suggestions, and no residual risk', () => {
    const [row] = consent(answers, { consentStaleOrWrong: { residualLikelihood: 1, controls: '   ' } });
    expect(row!.existingControls).toBe(
      'Suggested, to confirm: Local consent records and the national data opt-out, checked by each organisation.',
    );
    expect(row!.existingControlsRecorded).toBe(false);
    expect(row!.proposedControls).toBe(
      'Suggested: Read the preference at the point of use from the latest entry, showing when it was set; Identity and authority checks on whoever records a preference, including proxies; A logged, reviewed emergency-access route when a preference blocks care; Reconcile the ledger with local consent records and the national opt-out',
    );
    expect(row!.residualText).toBe('None until a control is recorded');
    expect('residual' in row!).toBe(false);
    expect(row!.owner).toBe('');
  });

  it('recorded controls, trimmed; residual risk only once scored after them', () => {
    const [unscored] = consent(answers, {
      consentStaleOrWrong: { controls: '  Daily reconciliation ', owner: ' CSO ' },
    });
    expect(unscored).toMatchObject({
      existingControls: 'Daily reconciliation',
      existingControlsRecorded: true,
      residualText: 'Not yet scored: give the likelihood once the controls are in place',
      owner: 'CSO',
    });
    expect('residual' in unscored!).toBe(false);

    const [scored] = consent(answers, {
      consentStaleOrWrong: { proposedControls: ' Point-of-use check ', residualLikelihood: 1 },
    });
    expect(scored).toMatchObject({
      proposedControls: 'Point-of-use check',
      existingControlsRecorded: false,
      residual: { likelihood: 1, consequence: 4, rating: 2, label: 'Acceptable with monitoring' },
      residualText: '2 (Acceptable with monitoring)',
    });
  });
});

describe('the CSV for the Clinical Safety Officer', () => {
  it('a header, one line per hazard, CRLF line ends, categories with their names', () => {
    const answers: Answers = { ...quiet, 'obstacle.humanFactors': { value: 3 } };
    const csv = hazardLogCsv(consent(answers, { consentStaleOrWrong: { controls: 'Checks', owner: 'Ann' } }));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(
      'Hazard,Cause,Effect,Existing controls,Proposed controls,Likelihood (1-5),Consequence (1-5),Initial risk rating (DCB matrix, 1-5),Residual risk rating,Owner,Basis,Status',
    );
    expect(lines[1]).toMatch(/^A stale or wrong consent preference is acted on,"A patient’s change/);
    expect(lines[1]).toContain(',Checks,"Suggested: Read the preference');
    expect(lines[1]).toContain(
      ',4 High,4 Major,4 Mandatory elimination or control,Not yet scored: give the likelihood once the controls are in place,Ann,"Likelihood from O6 Human factors, O2 Interoperability",Draft for the Clinical Safety Officer’s review',
    );
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const [row] = consent(quiet, {});
    const cells = (fields: Partial<typeof row>) => hazardLogCsv([{ ...row!, ...fields }]).split('\r\n')[1]!;
    expect(cells({ hazard: '=HYPERLINK("x")' }).startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
    expect(cells({ hazard: '+1' }).startsWith("'+1,")).toBe(true);
    expect(cells({ hazard: '-1' }).startsWith("'-1,")).toBe(true);
    expect(cells({ hazard: '@SUM' }).startsWith("'@SUM,")).toBe(true);
    expect(cells({ hazard: 'a=b' }).startsWith('a=b,')).toBe(true);
    expect(cells({ hazard: 'two\nlines' }).startsWith('"two\nlines",')).toBe(true);
    expect(cells({ hazard: 'say "no"' }).startsWith('"say ""no""",')).toBe(true);
    expect(cells({ hazard: 'plain' }).startsWith('plain,')).toBe(true);
  });
});
