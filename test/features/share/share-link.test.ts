// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  emailSafeLength,
  encodeShareFragment,
} from '../../../src/features/share/share-link';
import { workedExamples } from '../../../src/framework/examples';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
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
  }, 90_000);

  it('refuses every cut-short version of a plain link with the "damaged or cut short" message', async () => {
    const plain = await encodeShareFragment(ehr);
    let opened = 0;
    for (let at = 0; at < plain.length; at += 7) {
      const result = await decodeShareFragment(plain.slice(0, at));
      if (result.ok) opened++;
      else
        expect(result.problems[0]).toMatch(
          /^(The share link is damaged or was cut short|This is not a Ledger Fit share link)/,
        );
    }
    expect(opened).toBe(0);
  });

  it('opens no single-character substitution of a plain link: every one gets a clear error', async () => {
    const small = { ...ehr, answers: Object.fromEntries(Object.entries(ehr.answers).slice(0, 3)) };
    const plain = await encodeShareFragment(small);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    let tried = 0;
    let opened = 0;
    const messages = new Set<string>();
    for (let at = 0; at < plain.length; at++) {
      for (const c of alphabet) {
        if (c === plain[at]) continue;
        tried++;
        const result = await decodeShareFragment(`${plain.slice(0, at)}${c}${plain.slice(at + 1)}`);
        if (result.ok) opened++;
        else messages.add(result.problems[0]!);
      }
    }
    console.log(
      `single-character substitutions of a ${plain.length}-character plain link: ${tried} tried, ${opened} opened`,
    );
    expect(tried).toBeGreaterThan(10_000);
    expect(opened).toBe(0);
    // Only the clear messages: damaged or cut short, not a link, a passphrase asked ("p" changed to "e"), or an
    // older version ("lf2" changed to "lf1").
    for (const m of messages)
      expect(m).toMatch(
        /^(The share link is damaged or was cut short|This is not a Ledger Fit share link|This link is protected|This link was made by an older version)/,
      );
  }, 240_000);

  it('refuses a plain link from version 1, which carried no check, and says why', async () => {
    expect(await decodeShareFragment('lf1.p.q1YqyshMLklVslJKVKoFAA')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^This link was made by an older version of Ledger Fit/)],
    });
    expect(await decodeShareFragment('lf1.p.%%%')).toMatchObject({ ok: false, problems: [/older version/] });
    expect(await decodeShareFragment('hello')).toMatchObject({
      ok: false,
      problems: [/^This is not a Ledger Fit share link/],
    });
  });

  it('still opens a protected link from version 1 (its encryption already detects any change)', async () => {
    const v2 = await encodeShareFragment(ehr, 'pass phrase');
    expect(v2.startsWith('lf2.e.')).toBe(true);
    const v1 = `lf1.e.${v2.slice('lf2.e.'.length)}`;
    expect(await decodeShareFragment(v1, 'pass phrase')).toEqual({ ok: true, data: ehr });
  }, 90_000);

  it('keeps a complete worked example within what email clients keep', async () => {
    const plain = await encodeShareFragment(ehr);
    const sealed = await encodeShareFragment(ehr, 'passphrase');
    const base = 'https://ledgerfit.example/open#';
    console.log(
      `share link length for the complete EHR example: ${base.length + plain.length} plain, ${base.length + sealed.length} with a passphrase`,
    );
    expect(base.length + plain.length).toBeLessThan(emailSafeLength * 2);
  }, 90_000);
});
