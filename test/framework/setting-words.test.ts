import { describe, expect, it } from 'vitest';
import { guidanceFor } from '../../src/framework/guidance';
import type { Setting } from '../../src/framework/proposal';
import { allQuestions } from '../../src/framework/questions';
import { vendorQuestions } from '../../src/framework/vendor-questions';

const ukWords = /\bNHS\b|UK GDPR|DCB0|DTAC|DSPT|Caldicott|\bICO\b|MHRA|\bCQC\b|Article 16/;
const usWords = /HIPAA|\bPHI\b|\bBAA\b|45 CFR|TEFCA|\bFDA\b|DSCSA|NPPES/;
const euWords = /EDPB|EHDS|\bMDR\b|MDCG|\bGDPR\b(?! Art\. \d+ and UK)/;
const foreign: Record<Setting, RegExp[]> = {
  ukNhs: [usWords, /EDPB|EHDS|MDCG/],
  us: [ukWords, euWords, /DPIA|\berase|erasure/i],
  eu: [ukWords, usWords],
  other: [],
};

describe('help text speaks only the chosen setting’s law', () => {
  it.each(['ukNhs', 'us', 'eu'] as const)(
    'no question’s help for %s names another setting’s law',
    (setting) => {
      for (const q of allQuestions) {
        const text = JSON.stringify(guidanceFor(q.id, [setting]) ?? {});
        for (const words of foreign[setting]) expect(text, q.id).not.toMatch(words);
      }
    },
  );

  it('with no setting chosen, every setting’s example appears, each named', () => {
    const labels = guidanceFor('prescreen.appendOnly', [])?.examples?.map((e) => e.label);
    expect(labels).toEqual(['In the NHS in England', 'In the US', 'In the EU']);
  });

  it('the append-only help gives the real law: HIPAA amendments are appended or linked; a misfiled record must go', () => {
    const us = JSON.stringify(guidanceFor('prescreen.appendOnly', ['us']));
    expect(us).toMatch(/appended or linked/);
    expect(us).not.toMatch(/must be (edited|rectified)/);
    const uk = JSON.stringify(guidanceFor('prescreen.appendOnly', ['ukNhs']));
    expect(uk).toMatch(/wrong patient/);
    expect(uk).not.toMatch(/must be rectified under UK GDPR Article 16/);
    const eu = JSON.stringify(guidanceFor('prescreen.knownWriters', ['eu']));
    expect(eu).toMatch(/should not be placed, save in exceptional, justified designs/);
    expect(eu).not.toMatch(/can never be placed/);
  });

  it('questions for the vendor use words valid in every setting', () => {
    for (const [id, q] of Object.entries(vendorQuestions))
      expect(JSON.stringify(q), id).not.toMatch(/DPIA|\berase|erasure|\bNHS\b|HIPAA|UK GDPR|dm\+d/i);
  });
});
