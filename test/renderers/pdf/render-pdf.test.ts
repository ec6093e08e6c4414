// @vitest-environment node
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { longProposal } from '../../../scripts/fixtures/long-proposal';
import { pdfOf } from '../../../scripts/pdf-of';
import { findExample } from '../../../src/framework/examples';
import { pdfFileName } from '../../../src/report/board-paper';
import type { Assessment } from '../../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text compared without spaces: a table cell wraps "patient-identifiable" as "patient- identifiable". */
const flat = (s: string) => s.replace(/\(continued\)/g, '').replace(/\s+/g, '');

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function roles(node: StructNode | null, into: StructNode[] = []): StructNode[] {
  if (!node) return into;
  if (node.role) into.push(node);
  for (const child of node.children ?? []) roles(child, into);
  return into;
}

const pageHeight = 841.89;
const top = 54;
const usable = pageHeight - top - 60;

async function readPdf(assessment: Assessment) {
  const { bytes, report, layout } = await pdfOf(
    assessment,
    'professional-credentials',
    new Date('2026-11-24T10:00:00Z'),
  );
  const header = new TextDecoder().decode(bytes.slice(0, 5));
  const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map(squash);
  const body = pages
    .map((p) =>
      p
        .replace(/Ledger Fit summary · generated .*? UTC/, ' ')
        .replace(/Page \d+ of \d+/, ' ')
        .replace('PROVISIONAL: some questions are not yet answered', ' '),
    )
    .join(' ');
  const structure: StructNode[] = [];
  // Fill measured from the file itself: how far down the page the lowest line of body text sits.
  const fill: number[] = [];
  for (let n = 1; n <= totalPages; n++) {
    const page = await pdf.getPage(n);
    roles((await page.getStructTree()) as StructNode, structure);
    const content = await page.getTextContent();
    const baselines = content.items
      .map((item) => ('transform' in item ? (item.transform[5] as number) : pageHeight))
      .filter((y) => y > 60 && y < pageHeight - 40);
    fill.push((pageHeight - top - Math.min(...baselines)) / usable);
  }
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const markInfo = await pdf.getMarkInfo();
  return {
    header,
    latin1,
    report,
    layout,
    totalPages,
    pages,
    fill,
    structure,
    markInfo,
    all: squash(body),
    metadata: await pdf.getMetadata(),
  };
}

describe('the PDF board paper', () => {
  it('opens with the EHR executive summary on page 1 and keeps every reason and note after it', async () => {
    const ehr = exampleToAssessment(findExample('patient-records')!);
    const { header, report, totalPages, pages, all, metadata, fill } = await readPdf(ehr);
    expect(header).toBe('%PDF-');
    const [first = '', second = ''] = pages;
    for (const part of [
      'Decision sought',
      'Recommendation',
      report.recommendation,
      '▽ Weak fit',
      'What decided it',
      'Top risks',
      'Next steps',
      'Sign-off',
      'Assessor Reviewer Date Version',
    ])
      expect(flat(first)).toContain(flat(part));
    expect(first).toContain('Check whether DCB0129 and DCB0160 apply');
    expect(second.startsWith('Charts')).toBe(true);
    expect(all).toContain('Date of assessment 28 November 2019');
    for (const reason of report.reasons) expect(flat(all)).toContain(flat(reason.text));
    for (const answer of Object.values(ehr.answers)) expect(flat(all)).toContain(flat(answer.note!));
    expect(first).toContain(`Page 1 of ${totalPages}`);
    expect(all).toContain('Yeung');
    expect(all).not.toContain('undefined');
    expect((metadata.info as { Title: string }).Title).toBe(
      'Blockchain-based patient records (EHRs): Ledger Fit summary',
    );
    for (const [i, f] of fill.entries()) expect(f, `page ${i + 1} fill`).toBeGreaterThanOrEqual(0.25);
  });

  it('is tagged: language, title, headings, lists, tables with header cells and figures with their data in words', async () => {
    const { latin1, structure, markInfo } = await readPdf(
      exampleToAssessment(findExample('patient-records')!),
    );
    expect(markInfo?.Marked).toBe(true);
    expect(latin1).toContain('/Lang (en-GB)');
    expect(latin1).toMatch(/\/DisplayDocTitle true/);
    expect(latin1).toContain('/FontFile2');
    const found = new Set(structure.map((n) => n.role));
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(found, role).toContain(role);
    const figures = structure.filter((n) => n.role === 'Figure');
    expect(figures).toHaveLength(2);
    expect(figures[0]?.alt).toMatch(/^Radar chart of the six conditions.*C5 Non-confidential data 0/);
    expect(figures[1]?.alt).toMatch(/^Bar chart of the six obstacles.*O4 Data security 4 \(Severe\)/);
  });

  it('lays out a long proposal with no page under a quarter full and a provisional mark on every page', async () => {
    const { totalPages, pages, all, fill, report } = await readPdf(longProposal);
    expect(totalPages).toBeGreaterThanOrEqual(4);
    expect(pages[0]).toContain('Decision sought');
    expect(pages[0]).toContain('Sign-off');
    for (const page of pages) expect(page).toContain('PROVISIONAL');
    for (const answer of Object.values(longProposal.answers))
      if (answer.note) expect(flat(all)).toContain(flat(answer.note));
    expect(flat(all)).toContain(flat(longProposal.proposal.description));
    expect(all).toContain('Assessor Siân Llŷr');
    expect(report.regulatory.profiles.map((p) => p.name).join()).toMatch(
      /England.*United States.*European Union/,
    );
    for (const [i, f] of fill.entries()) expect(f, `page ${i + 1} fill`).toBeGreaterThanOrEqual(0.25);
    expect(all).not.toContain('undefined');
  });

  it('names the file after the proposal and the date', () => {
    expect(pdfFileName('Llŷr’s café ledger!', new Date('2026-11-24T10:00:00Z'))).toBe(
      'llyr-s-cafe-ledger-ledger-fit-2026-11-24.pdf',
    );
    expect(pdfFileName('   ', new Date('2026-01-02T00:00:00Z'))).toBe('proposal-ledger-fit-2026-01-02.pdf');
  });
});
