// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findExample } from '../../../src/framework/examples';
import { renderDocx } from '../../../src/renderers/word/render-docx';
import { boardPaper, wordFileName } from '../../../src/report/board-paper';
import { buildReport } from '../../../src/report/build-report';
import { exampleSeries } from '../../../src/report/example-series';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
import { longProposal } from '../../fixtures/long-proposal';

/** The smallest valid PNG: the browser draws the real charts; here only their place and alt text matter. */
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

async function readDocx(assessment: Parameters<typeof buildReport>[0]) {
  const report = buildReport(assessment);
  const paper = boardPaper(report, exampleSeries(['professional-credentials']));
  const bytes = await renderDocx(paper, new Date('2026-11-26T09:00:00Z'), [
    { png: onePixelPng, width: 250, height: 260 },
    { png: onePixelPng, width: 250, height: 170 },
  ]);
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { report, paper, files, xml, text, core: strFromU8(files['docProps/core.xml'] ?? new Uint8Array()) };
}

const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('the Word board paper', () => {
  it('reads back with Word headings, the summary first, the verdict, tables with header rows and charts with alt text', async () => {
    const { report, files, xml, text, core } = await readDocx(
      exampleToAssessment(findExample('patient-records')!),
    );
    const plain = xmlText(text);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    const order = [
      'Decision sought',
      'Recommendation',
      '▽ Weak fit',
      'What decided it',
      'Sign-off',
      'Charts',
    ];
    const at = order.map((s) => plain.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(plain).toContain(report.recommendation);
    for (const reason of report.reasons) expect(plain).toContain(reason.text);
    // The charts page starts on a new page; the header row of every table repeats across pages.
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Charts/s);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => xmlText(m[1] ?? ''));
    expect(descriptions).toHaveLength(2);
    expect(descriptions[0]).toMatch(/^Radar chart of the six conditions.*C5 Non-confidential data 0/);
    expect(descriptions[1]).toMatch(/^Bar chart of the six obstacles/);
    expect(core).toContain('Blockchain-based patient records (EHRs): Ledger Fit summary');
  });

  it('keeps every long note of a long proposal whole', async () => {
    const { text, files } = await readDocx(longProposal);
    const plain = xmlText(text);
    for (const answer of Object.values(longProposal.answers))
      if (answer.note) expect(plain).toContain(answer.note);
    expect(plain).toContain('Weak fit (provisional)');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.map((f) => strFromU8(files[f] ?? new Uint8Array())).join()).toContain('PROVISIONAL');
  });

  it('names the file like the PDF, with .docx', () => {
    expect(wordFileName('Llŷr’s café ledger!', new Date('2026-11-24T10:00:00Z'))).toBe(
      'llyr-s-cafe-ledger-ledger-fit-2026-11-24.docx',
    );
  });
});
