// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/team/canonical-json';
import { contentHash } from '../../src/team/content-hash';
import { importSigningKey, newSigningKey, signAssessment, signatureStatus } from '../../src/team/signing';
import { anyAssessment } from '../schema/assessment-arbitrary';
import { base } from './team-fixtures';

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and undefined members (RFC 8785 style)', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, é: { z: 0, y: 1.5 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"é":{"y":1.5,"z":0}}',
    );
  });
  it('gives the same text whatever order the keys were set in (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});

describe('sign-off', () => {
  it('verifies a signature over the assessment as signed', async () => {
    const key = await newSigningKey();
    const signed = { ...base, answers: { 'condition.validityCheck': { value: 2 } } };
    const signature = await signAssessment(signed, key, 'reviewer', 'Dr Rao');
    expect(await signatureStatus(signature, signed)).toBe('verified');
    // Timestamps and the team record are not content.
    expect(await signatureStatus(signature, { ...signed, updatedAt: '2027-01-01T00:00:00Z' })).toBe(
      'verified',
    );
  });

  it('says "changed after signing" when any answer changes afterwards (property)', async () => {
    const key = await newSigningKey();
    await fc.assert(
      fc.asyncProperty(
        anyAssessment,
        fc.string({ minLength: 1, maxLength: 20 }),
        async (assessment, note) => {
          const signature = await signAssessment(assessment, key, 'assessor', 'Asha');
          const changed = {
            ...assessment,
            answers: {
              ...assessment.answers,
              'condition.validityCheck': {
                note: `${assessment.answers['condition.validityCheck']?.note ?? ''}${note}`,
              },
            },
          };
          expect(contentHash(changed)).not.toBe(contentHash(assessment));
          expect(await signatureStatus(signature, changed)).toBe('changed after signing');
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a signature whose role, name or key was changed, and one made by another key', async () => {
    const key = await newSigningKey();
    const other = await newSigningKey();
    const signature = await signAssessment(base, key, 'reviewer', 'Dr Rao');
    expect(await signatureStatus({ ...signature, role: 'assessor' }, base)).toBe('signature does not verify');
    expect(await signatureStatus({ ...signature, name: 'Someone else' }, base)).toBe(
      'signature does not verify',
    );
    expect(await signatureStatus({ ...signature, publicKey: other.publicKey }, base)).toBe(
      'signature does not verify',
    );
    expect(await signatureStatus({ ...signature, publicKey: 'not-a-key' }, base)).toBe(
      'signature does not verify',
    );
  });

  it('an exported key imports back and signs the same way', async () => {
    const key = await newSigningKey();
    const again = await importSigningKey(key.pkcs8, key.publicKey);
    expect(again).toBeDefined();
    const signature = await signAssessment(base, again!, 'igLead', 'Ife');
    expect(await signatureStatus(signature, base)).toBe('verified');
    expect(await importSigningKey('bad', key.publicKey)).toBeUndefined();
  });
});
