import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DirectCareAnswer,
  type LedgerContent,
  ledgerContents,
  ledgerFacts,
  type Trigger,
} from '../../src/framework/ledger-facts';
import type { Setting } from '../../src/framework/proposal';
import { allDuties, regulatoryProfiles } from '../../src/framework/regulatory-profiles';
import { regulatoryChecks, reviewIsDue } from '../../src/report/regulatory';
import type { Answers } from '../../src/schema/assessment-schema';
import { anyAnswers } from '../engine/answers-fixtures';
import { dischargeSummaries } from '../scenarios/scenarios';

const settingsArb = fc.subarray(['ukNhs', 'us', 'eu', 'other'] as Setting[]);
const holdsArb = fc.subarray(ledgerContents.map((c) => c.value) as LedgerContent[]);
const directCareArb = fc.option(fc.constantFrom<DirectCareAnswer>('yes', 'no', 'dontKnow'), {
  nil: undefined,
});
const situation = fc.record({
  settings: settingsArb,
  answers: anyAnswers,
  holds: holdsArb,
  directCare: directCareArb,
});
const context = (holds: LedgerContent[], directCare: DirectCareAnswer | undefined) => ({
  ledgerHolds: holds,
  ...(directCare ? { directCare } : {}),
});
/** A fixed sample (seeded: the test is deterministic) to search for witnesses in. */
const sample = fc.sample(situation, { numRuns: 4000, seed: 22 });

/** Every trigger the law data holds: on duties, steps and implications. */
const triggers: { where: string; trigger: Trigger }[] = allDuties.flatMap((d) => [
  { where: `${d.id} appliesWhen`, trigger: d.appliesWhen },
  ...d.steps.map((s) => ({ where: `${s.id} appliesWhen`, trigger: s.appliesWhen })),
  ...d.implications.map((i, n) => ({ where: `${d.id} implication ${n}`, trigger: i.when })),
]);

describe('the law as data', () => {
  it('every duty has a source with an address, a quote, a publication date and a check date', () => {
    for (const d of allDuties) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) {
        expect(s.url, d.id).toMatch(/^https:\/\//);
        expect(s.quote.length, d.id).toBeGreaterThan(10);
        expect(s.published, d.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(s.checkedOn, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it.each(triggers)('$where can be both true and false', ({ trigger }) => {
    const values = sample.map((s) =>
      trigger.holds(ledgerFacts(s.settings, s.answers, context(s.holds, s.directCare))),
    );
    expect(values).toContain(true);
    expect(values).toContain(false);
  });

  it('no duty or step reaches a setting it does not belong to', () => {
    fc.assert(
      fc.property(situation, ({ settings, answers, holds, directCare }) => {
        const reg = regulatoryChecks(settings, answers, context(holds, directCare));
        for (const p of reg.profiles) {
          expect(settings).toContain(p.setting);
          const own = regulatoryProfiles.find((x) => x.setting === p.setting)!.duties.map((d) => d.id);
          for (const d of p.duties) expect(own).toContain(d.id);
        }
        const shown = new Set(reg.profiles.flatMap((p) => p.duties.map((d) => d.id)));
        for (const step of reg.nextSteps) expect(shown).toContain(step.dutyId);
        if (!settings.includes('ukNhs')) expect(reg.hazardLogApplies).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('shows a step only when its trigger holds, and always when it does', () => {
    fc.assert(
      fc.property(situation, ({ settings, answers, holds, directCare }) => {
        const ctx = context(holds, directCare);
        const facts = ledgerFacts(settings, answers, ctx);
        const shown = new Set(regulatoryChecks(settings, answers, ctx).nextSteps.map((s) => s.id));
        for (const d of allDuties)
          for (const s of d.steps)
            expect(shown.has(s.id), s.id).toBe(d.appliesWhen.holds(facts) && s.appliesWhen.holds(facts));
      }),
      { numRuns: 500 },
    );
  });
});

const noPatientData: Answers = { ...dischargeSummaries, 'proposal.patientIdentifiable': { value: 'no' } };
const stepIds = (settings: Setting[], answers: Answers, ctx = {}) =>
  regulatoryChecks(settings, answers, ctx).nextSteps.map((s) => s.id);

describe('next steps follow the answers', () => {
  it('a BAA only where PHI would sit with node operators', () => {
    expect(stepIds(['us'], dischargeSummaries)).toContain('us.hipaa.baa');
    expect(stepIds(['us'], noPatientData)).not.toContain('us.hipaa.baa');
    const unknown = { ...dischargeSummaries, 'proposal.patientIdentifiable': { value: 'dontKnow' } };
    expect(stepIds(['us'], unknown)).toEqual(expect.arrayContaining(['us.hipaa.phi']));
    expect(stepIds(['us'], unknown)).not.toContain('us.hipaa.baa');
  });

  it('DCB0129/0160: check whether they apply until direct care is known; a CSO only for direct care', () => {
    expect(stepIds(['ukNhs'], dischargeSummaries)).toContain('uk.dcb.applies');
    expect(stepIds(['ukNhs'], dischargeSummaries)).not.toContain('uk.dcb.cso');
    expect(stepIds(['ukNhs'], dischargeSummaries, { directCare: 'yes' })).toEqual(
      expect.arrayContaining(['uk.dcb.cso', 'uk.dcb.safetyCase']),
    );
    const none = regulatoryChecks(['ukNhs'], dischargeSummaries, { directCare: 'no' });
    expect(none.profiles[0]!.duties.map((d) => d.id)).not.toContain('uk.dcb');
    expect(none.hazardLogApplies).toBe(false);
  });

  it('each step carries its phase and why', () => {
    const steps = regulatoryChecks(['ukNhs', 'us', 'eu'], dischargeSummaries, {
      directCare: 'yes',
    }).nextSteps;
    expect(steps.find((s) => s.id === 'uk.dcb.cso')).toMatchObject({ phase: 'adopting' });
    expect(steps.find((s) => s.id === 'uk.optOut.purpose')).toMatchObject({ phase: 'deciding' });
    for (const s of steps) expect(s.because.length).toBeGreaterThan(10);
  });
});

describe('law checked on', () => {
  it('names the oldest check date and flags entries twelve months old, against a given day', () => {
    const reg = regulatoryChecks(['ukNhs'], dischargeSummaries, { today: '2027-12-01' });
    expect(reg.lawCheckedOn).toBe('2 December 2026');
    expect(reg.reviewDue).toEqual([]);
    const later = regulatoryChecks(['ukNhs'], dischargeSummaries, { today: '2027-12-02' });
    expect(later.reviewDue.length).toBe(later.profiles[0]!.duties.length);
    expect(regulatoryChecks(['ukNhs'], dischargeSummaries).reviewDue).toEqual([]);
  });

  it('counts twelve months by the calendar', () => {
    expect(reviewIsDue('2026-02-28', '2027-02-27')).toBe(false);
    expect(reviewIsDue('2026-02-28', '2027-02-28')).toBe(true);
  });
});

describe('each setting speaks its own law', () => {
  const text = (settings: Setting[], answers: Answers, ctx = {}) =>
    JSON.stringify(regulatoryChecks(settings, answers, ctx).profiles);
  const ukWords = /NHS|UK GDPR|DCB0|DTAC|DSPT|Caldicott|ICO|MHRA|England/;
  const usWords = /HIPAA|PHI\b|BAA|Business Associate|45 CFR|TEFCA|FDA|information blocking/i;
  const euWords = /EDPB|EHDS|European Health Data Space|2017\/745|MDCG|GDPR Art|Regulation \(EU\)/;
  const situations = [dischargeSummaries, noPatientData];
  it.each(situations)(
    'US words only in the US, UK words only in England, EU words only in the EU',
    (answers) => {
      for (const ctx of [{}, { directCare: 'yes' as const }]) {
        const us = text(['us'], answers, ctx);
        expect(us).not.toMatch(ukWords);
        expect(us).not.toMatch(euWords);
        expect(us).not.toMatch(/DPIA|erase|erasure/i);
        const uk = text(['ukNhs'], answers, ctx);
        expect(uk).not.toMatch(usWords);
        expect(uk).not.toMatch(euWords);
        const eu = text(['eu'], answers, ctx);
        expect(eu).not.toMatch(ukWords);
        expect(eu).not.toMatch(usWords);
      }
    },
  );
});
