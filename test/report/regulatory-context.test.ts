import { describe, expect, it } from 'vitest';
import { profileFor } from '../../src/framework/regulatory-profiles';
import { regulatoryChecks, regulatoryContextOf, reviewDueOn, reviewIsDue } from '../../src/report/regulatory';
import { dischargeSummaries } from '../scenarios/scenarios';

/** Which settings get a profile, when the hazard log is offered, and the context a saved proposal carries. */
describe('the regulatory section’s frame', () => {
  it('no setting, or only "other": no profile, no steps, no date, no hazard log', () => {
    for (const settings of [[], ['other']] as const) {
      expect(regulatoryChecks(settings, dischargeSummaries)).toEqual({
        noProfile: true,
        profiles: [],
        nextSteps: [],
        lawCheckedOn: '',
        reviewDue: [],
        hazardLogApplies: false,
      });
    }
  });

  it('each chosen setting with a profile, in the order chosen, with its scope note where it has one', () => {
    const reg = regulatoryChecks(['us', 'other', 'ukNhs'], dischargeSummaries);
    expect(reg.noProfile).toBe(false);
    expect(reg.profiles.map((p) => [p.setting, p.name])).toEqual([
      ['us', profileFor('us')!.name],
      ['ukNhs', 'England (NHS England)'],
    ]);
    expect('scopeNote' in reg.profiles[0]!).toBe(profileFor('us')!.scopeNote !== undefined);
    expect(reg.profiles[1]!.scopeNote).toMatch(/^These are England’s duties\./);
  });

  it('the hazard log is offered in England unless the product is known not to be used in direct care', () => {
    const applies = (directCare?: 'yes' | 'no' | 'dontKnow') =>
      regulatoryChecks(['ukNhs'], dischargeSummaries, directCare ? { directCare } : {}).hazardLogApplies;
    expect([applies('yes'), applies('dontKnow'), applies(undefined), applies('no')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(regulatoryChecks(['us', 'eu'], dischargeSummaries, { directCare: 'yes' }).hazardLogApplies).toBe(
      false,
    );
  });

  it('a step shared by two duties is listed once', () => {
    const reg = regulatoryChecks(['ukNhs', 'us', 'eu'], dischargeSummaries);
    const ids = reg.nextSteps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      reg.profiles
        .flatMap((p) => p.duties.flatMap((d) => d.nextSteps.map((s) => s.id)))
        .filter((id, i, all) => all.indexOf(id) === i),
    );
  });

  it('the context of a saved proposal: only what it states, and the reading date', () => {
    expect(regulatoryContextOf(undefined)).toEqual({});
    expect(regulatoryContextOf({ title: 'T' }, '2027-01-05')).toEqual({ today: '2027-01-05' });
    expect(
      regulatoryContextOf({ title: 'T', ledgerHolds: ['consentPreferences'], directCare: 'no' }),
    ).toEqual({ ledgerHolds: ['consentPreferences'], directCare: 'no' });
  });

  it('a duty is due for review twelve months after its check, judged on the day given', () => {
    const reg = regulatoryChecks(['ukNhs'], dischargeSummaries);
    const names = reg.profiles[0]!.duties.map((d) => d.name);
    const checked = reg.profiles[0]!.duties.map((d) => d.checkedOn);
    const latest = [...checked].sort().at(-1)!;
    expect(reviewDueOn(reg, '2026-12-02')).toEqual([]);
    const dayAfterAll = `${Number(latest.slice(0, 4)) + 1}${latest.slice(4)}`;
    expect(reviewDueOn(reg, dayAfterAll)).toEqual(names);
    expect(reviewIsDue('2026-12-02', '2027-12-01')).toBe(false);
    expect(reviewIsDue('2026-12-02', '2027-12-02')).toBe(true);
    const withToday = regulatoryChecks(['ukNhs'], dischargeSummaries, { today: dayAfterAll });
    expect(withToday.reviewDue).toEqual(names);
    expect(withToday.profiles[0]!.duties.every((d) => d.reviewDue)).toBe(true);
    expect(reg.profiles[0]!.duties.some((d) => d.reviewDue)).toBe(false);
  });

  it('a duty reports its check date in the reader’s words and the profile’s oldest check', () => {
    const reg = regulatoryChecks(['ukNhs'], dischargeSummaries);
    const duty = reg.profiles[0]!.duties[0]!;
    expect(duty.date).toMatch(
      /^checked \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    expect(reg.profiles[0]!.checkedOn).toBe([...reg.profiles[0]!.duties.map((d) => d.checkedOn)].sort()[0]);
    expect(reg.lawCheckedOn).toBe('2 December 2026');
  });
});
