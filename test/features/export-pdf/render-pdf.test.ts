// @vitest-environment node
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfOf } from '../../../scripts/pdf-of';
import { findExample } from '../../../src/framework/examples';
import { pdfFileName } from '../../../src/report/pdf-content';
import type { Assessment } from '../../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function readPdf(assessment: Assessment) {
  const { bytes, report } = pdfOf(assessment, 'professional-credentials', new Date('2026-11-24T10:00:00Z'));
  const header = new TextDecoder().decode(bytes.slice(0, 5));
  const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map(squash);
  // Running headers and footers interrupt text that flows across pages; drop them to read the body through.
  const body = pages
    .map((p) =>
      p
        .replace(/Ledger Fit summary · generated .*? UTC Page \d+ of \d+/, ' ')
        .replace('PROVISIONAL: some questions are not yet answered', ' '),
    )
    .join(' ');
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return { header, latin1, report, totalPages, pages, all: squash(body), metadata: await pdf.getMetadata() };
}

describe('the PDF summary', () => {
  it('states the EHR verdict, every reason and every note, on two to seven A4 pages', async () => {
    const ehr = exampleToAssessment(findExample('patient-records')!);
    const { header, latin1, report, totalPages, pages, all, metadata } = await readPdf(ehr);
    expect(header).toBe('%PDF-');
    expect(latin1).toContain('/Lang (en-GB)');
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(totalPages).toBeLessThanOrEqual(7);
    expect(all).toContain('▽ Weak fit');
    // Dates in the reader's words, not the stored ISO form.
    expect(all).toContain('Date of assessment: 28 November 2019');
    for (const reason of report.reasons) expect(all).toContain(squash(reason.text));
    for (const answer of Object.values(ehr.answers)) expect(all).toContain(squash(answer.note!));
    expect(pages[0]).toContain(`Page 1 of ${totalPages}`);
    expect(all).toContain('Yeung');
    expect(all).not.toContain('undefined');
    expect((metadata.info as { Title: string }).Title).toBe(
      'Blockchain-based patient records (EHRs): Ledger Fit summary',
    );
  });

  it('flows long non-ASCII notes across pages and marks a provisional result on every page', async () => {
    const note = 'Llŷr Ó Dónaill’s “café” audit – costs £12,000; Zürich partners agree. '.repeat(60).trim();
    const assessment: Assessment = {
      id: 'long-notes',
      createdAt: '2026-11-24T00:00:00Z',
      updatedAt: '2026-11-24T00:00:00Z',
      proposal: {
        title: 'Llŷr’s café ledger',
        organisations: '',
        assessor: 'Siân Llŷr',
        date: '2026-11-24',
        description: '',
      },
      answers: {
        'condition.commonInterest': { value: 3, note },
        'condition.semanticInteroperability': { value: 'dontKnow', note: `${note} Second note.` },
        'obstacle.adoption': { value: 2 },
      },
    };
    const { totalPages, pages, all } = await readPdf(assessment);
    expect(totalPages).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('PROVISIONAL');
    expect(all).toContain(squash(note));
    expect(all).toContain(squash(`${note} Second note.`));
    expect(all).toContain('Assessor: Siân Llŷr');
    expect(all).not.toContain('Organisation or organisations:');
    expect(all).not.toContain('Short description');
    expect(all).not.toContain('undefined');
  });

  it('names the file after the proposal and the date', () => {
    expect(pdfFileName('Llŷr’s café ledger!', new Date('2026-11-24T10:00:00Z'))).toBe(
      'llyr-s-cafe-ledger-ledger-fit-2026-11-24.pdf',
    );
    expect(pdfFileName('   ', new Date('2026-01-02T00:00:00Z'))).toBe('proposal-ledger-fit-2026-01-02.pdf');
  });
});
