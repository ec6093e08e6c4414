// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../../src/features/share/share-link';
import { workedExamples } from '../../../src/framework/examples';
import { toBase64Url } from '../../../src/lib/base64';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
import { fileEnvelope } from '../../../src/schema/export-file';

/**
 * #25: each way a share link is refused, with the exact sentence the person opening it reads. A refused link
 * opens nothing; decodeShareFragment is pure, so "nothing changed" is its result alone.
 */
const ehr = exampleToAssessment(workedExamples[0]!);
const damaged = 'The share link is damaged or was cut short: check that you copied all of it.';
const refused = (problem: string) => ({ ok: false, problems: [problem] });

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function checkOf(bytes: Uint8Array): Promise<string> {
  return toBase64Url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)).subarray(0, 16),
  );
}

/** A plain link with a correct check, holding whatever bytes it is given (not necessarily a valid file). */
async function plainLinkOf(content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const deflated = await deflate(bytes);
  return `lf2.p.${await checkOf(deflated)}.${toBase64Url(deflated)}`;
}

describe('a share link that is not one', () => {
  it('is refused past 200,000 characters before anything is read, and read up to exactly 200,000', async () => {
    const at = (length: number) => `lf2.p.${'A'.repeat(length - 'lf2.p.'.length)}`;
    expect(await decodeShareFragment(at(200_001))).toEqual(
      refused('This share link is far too long to be a Ledger Fit link.'),
    );
    // At the limit the link is read, and refused only because its check does not match.
    expect(await decodeShareFragment(at(200_000))).toEqual(refused(damaged));
  });

  it.each([
    ['random text', 'hello'],
    ['an empty fragment', ''],
    ['an unknown kind', 'lf2.x.abc'],
    ['a link cut inside its prefix', 'lf2.'],
  ])('is refused when it is %s, saying it is not a Ledger Fit link', async (_name, fragment) => {
    expect(await decodeShareFragment(fragment)).toEqual(
      refused('This is not a Ledger Fit share link, or it was cut short at its start.'),
    );
  });

  it('from version 1 without a check is refused with its own reason, whatever follows the prefix', async () => {
    const older = refused(
      'This link was made by an older version of Ledger Fit that could not check whether a link was changed, so it is not opened. Ask the sender for a new link, or for the exported file.',
    );
    expect(await decodeShareFragment('lf1.p.q1YqyshMLklVslJKVKoFAA')).toEqual(older);
    expect(await decodeShareFragment('lf1.p.')).toEqual(older);
  });
});

describe('a plain link', () => {
  it('is refused when its check does not match its data, even if the data would open', async () => {
    const good = await encodeShareFragment(ehr);
    const [, , check, data] = good.split('.');
    const other = (await plainLinkOf(JSON.stringify(fileEnvelope([{ ...ehr, id: 'other' }])))).split('.');
    // The other link's data under this link's check, and this link's data under the other's check.
    expect(await decodeShareFragment(`lf2.p.${check}.${other[3]}`)).toEqual(refused(damaged));
    expect(await decodeShareFragment(`lf2.p.${other[2]}.${data}`)).toEqual(refused(damaged));
    expect(await decodeShareFragment(good)).toEqual({ ok: true, data: ehr });
  });

  it.each([
    ['no dot between check and data', 'lf2.p.q1YqyshMLklVslJKVKoFAA'],
    ['nothing after the prefix', 'lf2.p.'],
    ['data that is not base64url', 'lf2.p.abc.%%%'],
    ['a check and no data', 'lf2.p.47DEQpj8HBSa-_TImW-5JA.'],
  ])('with %s is refused as damaged, without throwing', async (_name, fragment) => {
    await expect(decodeShareFragment(fragment)).resolves.toEqual(refused(damaged));
  });
});

describe('a protected link', () => {
  const bytesLink = (length: number) => `lf2.e.${toBase64Url(new Uint8Array(length).fill(7))}`;

  it('asks for its passphrase when none is given, before trying anything', async () => {
    expect(await decodeShareFragment(bytesLink(200))).toEqual(
      refused('This link is protected: enter its passphrase.'),
    );
  });

  it.each([
    ['nothing after the prefix', 'lf2.e.'],
    ['a body that is not base64url', 'lf2.e.%%%'],
  ])('with %s is refused as damaged, not asked for a passphrase', async (_name, fragment) => {
    await expect(decodeShareFragment(fragment)).resolves.toEqual(refused(damaged));
    await expect(decodeShareFragment(fragment, 'any passphrase')).resolves.toEqual(refused(damaged));
  });

  it('too short to hold salt (16 bytes), IV (12) and tag (16) is damaged; at 44 bytes the passphrase is tried', async () => {
    expect(await decodeShareFragment(bytesLink(43), 'any passphrase')).toEqual(refused(damaged));
    expect(await decodeShareFragment(bytesLink(12), 'any passphrase')).toEqual(refused(damaged));
    expect(await decodeShareFragment(bytesLink(44), 'any passphrase')).toEqual(
      refused('The passphrase is wrong, or the link was changed or cut short.'),
    );
  }, 60_000);
});

describe('what a link with a correct check holds', () => {
  it('is refused as damaged when it is not UTF-8, rather than opened with replacement characters', async () => {
    const json = new TextEncoder().encode(JSON.stringify(fileEnvelope([{ ...ehr, id: 'Xinvalid' }])));
    const at = json.indexOf('X'.charCodeAt(0));
    json[at] = 0xff; // a byte that never occurs in UTF-8, inside a string of the file
    expect(await decodeShareFragment(await plainLinkOf(json))).toEqual(refused(damaged));
  });

  it('is refused as unreadable when it is not JSON', async () => {
    expect(await decodeShareFragment(await plainLinkOf('{"format":"ledger-fit",'))).toEqual(
      refused('The share link is damaged: its data is not readable.'),
    );
  });

  it("is refused with the file check's own reasons when it is not a valid file", async () => {
    expect(await decodeShareFragment(await plainLinkOf('{"format":"other"}'))).toEqual(
      refused('The file is not a Ledger Fit file: "format" must be "ledger-fit".'),
    );
    const badTitle = { ...ehr, proposal: { ...ehr.proposal, title: 42 } };
    expect(
      await decodeShareFragment(await plainLinkOf(JSON.stringify(fileEnvelope([badTitle as never])))),
    ).toEqual(refused('file.assessments.0.proposal.title: Invalid input: expected string, received number'));
  });

  it.each([
    ['no assessment', []],
    ['two assessments', [ehr, { ...ehr, id: 'second' }]],
  ])('is refused when it holds %s: a link carries exactly one', async (_name, assessments) => {
    expect(await decodeShareFragment(await plainLinkOf(JSON.stringify(fileEnvelope(assessments))))).toEqual(
      refused('A share link must hold exactly one assessment.'),
    );
  });
});
