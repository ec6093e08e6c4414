// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  emailSafeLength,
  encodeShareFragment,
} from '../../../src/features/share/share-link';
import { exampleToAssessment, workedExamples } from '../../../src/framework/examples';
import { anyAssessment } from '../../schema/assessment-arbitrary';

const ehr = exampleToAssessment(workedExamples[0]!);

describe('share links', () => {
  it('round-trip any assessment without a passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(anyAssessment, async (a) => {
        const decoded = await decodeShareFragment(await encodeShareFragment(a));
        expect(decoded).toEqual({ ok: true, data: a });
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips with a passphrase, and a wrong passphrase fails cleanly', async () => {
    const fragment = await encodeShareFragment(ehr, 'correct horse battery staple');
    expect(fragment).not.toContain('patient');
    expect(await decodeShareFragment(fragment, 'correct horse battery staple')).toEqual({
      ok: true,
      data: ehr,
    });
    const wrong = await decodeShareFragment(fragment, 'wrong horse');
    expect(wrong).toEqual({
      ok: false,
      problems: ['The passphrase is wrong, or the link was changed or cut short.'],
    });
    expect(await decodeShareFragment(fragment)).toMatchObject({ ok: false, problems: [/protected/] });
  }, 20_000);

  it('gives a clear error for a truncated or tampered link, and never throws', async () => {
    const plain = await encodeShareFragment(ehr);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(plain.length - 1),
        fc.nat(63),
        fc.boolean(),
        async (at, replacement, truncate) => {
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
          const damaged = truncate
            ? plain.slice(0, at)
            : `${plain.slice(0, at)}${alphabet[replacement]}${plain.slice(at + 1)}`;
          const result = await decodeShareFragment(damaged);
          if (!result.ok) expect(result.problems[0]).toMatch(/link|file|passphrase|\./);
          else expect(result.data.id).toBe(ehr.id);
        },
      ),
      { numRuns: 300 },
    );
    expect(await decodeShareFragment('lf1.p.%%%')).toMatchObject({ ok: false, problems: [/damaged/] });
    expect(await decodeShareFragment('hello')).toMatchObject({
      ok: false,
      problems: [/not a Ledger Fit share link/],
    });
  });

  it('keeps a complete worked example within what email clients keep', async () => {
    const plain = await encodeShareFragment(ehr);
    const sealed = await encodeShareFragment(ehr, 'passphrase');
    const base = 'https://ledgerfit.example/open#';
    console.log(
      `share link length for the complete EHR example: ${base.length + plain.length} plain, ${base.length + sealed.length} with a passphrase`,
    );
    expect(base.length + plain.length).toBeLessThan(emailSafeLength * 2);
  }, 20_000);
});
