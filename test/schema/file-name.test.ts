// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/schema/export-file';
import { ledgerFitFileName } from '../../src/schema/file-name';

/** #25: the names of downloaded files (exports, board papers): safe on every system, readable, never half a word. */
const day = new Date('2026-11-26T23:30:00.000Z');
const pdfName = (title: string) => ledgerFitFileName(title, day, 'pdf', 'proposal');

describe('the name of a downloaded file', () => {
  it('is the title as a slug, "ledger-fit", the day (UTC) and the extension', () => {
    expect(ledgerFitFileName('Shared Audit Log', day, 'docx', 'proposal')).toBe(
      'shared-audit-log-ledger-fit-2026-11-26.docx',
    );
    expect(ledgerFitFileName('Shared Audit Log', day, 'csv', 'proposal')).toBe(
      'shared-audit-log-ledger-fit-2026-11-26.csv',
    );
  });

  it.each([
    ['accents dropped and lower case', 'Café Élan Zürich', 'cafe-elan-zurich'],
    ['full-width letters read as plain ones', 'ＡＢＣ Trust', 'abc-trust'],
    ['each run of other characters one hyphen', 'Records  &  Audit: v2 / 2026', 'records-audit-v2-2026'],
    ['no hyphen at either end', '  --"Hello, World!"--  ', 'hello-world'],
  ])('has %s', (_name, title, slug) => {
    expect(pdfName(title)).toBe(`${slug}-ledger-fit-2026-11-26.pdf`);
  });

  it.each([
    ['an empty title', ''],
    ['a title with no letter or digit in a-z, 0-9', '!!! ??? ——'],
  ])('falls back to the given word for %s', (_name, title) => {
    expect(pdfName(title)).toBe('proposal-ledger-fit-2026-11-26.pdf');
    expect(exportFileName(title, day)).toBe('assessment-ledger-fit-2026-11-26.json');
  });

  it('keeps a slug of exactly 60 characters whole, and cuts one of 61 at its last word boundary', () => {
    const sixty = `${'a'.repeat(29)} ${'b'.repeat(30)}`;
    expect(pdfName(sixty)).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}-ledger-fit-2026-11-26.pdf`);
    const sixtyOne = `${'a'.repeat(30)} ${'b'.repeat(30)}`;
    expect(pdfName(sixtyOne)).toBe(`${'a'.repeat(30)}-ledger-fit-2026-11-26.pdf`);
  });

  it('cuts a long slug at the last word boundary within its first 61 characters, never later', () => {
    // Boundaries at 30 and 71: the cut is at 30 (a later one would leave a name over 60 characters).
    expect(pdfName(`${'a'.repeat(30)} ${'b'.repeat(40)} c`)).toBe(
      `${'a'.repeat(30)}-ledger-fit-2026-11-26.pdf`,
    );
    // A boundary just after the 60th character keeps the whole first 60.
    expect(pdfName(`${'a'.repeat(60)} ${'b'.repeat(5)}`)).toBe(`${'a'.repeat(60)}-ledger-fit-2026-11-26.pdf`);
  });

  it('cuts a single word longer than 60 characters at 60', () => {
    expect(pdfName('x'.repeat(70))).toBe(`${'x'.repeat(60)}-ledger-fit-2026-11-26.pdf`);
  });

  it('names an export file after the assessment, as JSON', () => {
    expect(exportFileName('Medicine Supply Chain', day)).toBe(
      'medicine-supply-chain-ledger-fit-2026-11-26.json',
    );
  });
});
