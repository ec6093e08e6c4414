// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { longProposal } from '../../../scripts/fixtures/long-proposal';
import { findExample } from '../../../src/framework/examples';
import { renderDocx } from '../../../src/renderers/word/render-docx';
import { boardPaper, wordFileName } from '../../../src/report/board-paper';
import { buildReport } from '../../../src/report/build-report';
import { exampleSeries } from '../../../src/report/example-series';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

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

  it.each([
    ['the EHR example', exampleToAssessment(findExample('patient-records')!), '▽ Weak fit'],
    ['a long proposal', longProposal, '▽ Weak fit (provisional)'],
  ])(
    '%s opens in LibreOffice, which renders the whole summary on page 1 and the charts after',
    async (_name, assessment, band) => {
      const report = buildReport(assessment);
      const bytes = await renderDocx(
        boardPaper(report, exampleSeries(['professional-credentials'])),
        new Date('2026-11-26T09:00:00Z'),
        [
          { png: onePixelPng, width: 250, height: 260 },
          { png: onePixelPng, width: 250, height: 170 },
        ],
      );
      const dir = mkdtempSync(join(tmpdir(), 'ledger-fit-docx-'));
      writeFileSync(join(dir, 'paper.docx'), bytes);
      try {
        execFileSync(
          'soffice',
          ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'paper.docx')],
          {
            env: { ...process.env, HOME: dir },
            timeout: 120_000,
          },
        );
      } catch (error) {
        throw new Error(
          `LibreOffice could not convert the Word file (is libreoffice-writer-nogui installed? .ci/run installs it): ${(error as Error).message}`,
        );
      }
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dir, 'paper.pdf'))));
      const { text } = await extractText(pdf, { mergePages: false });
      const pages = (text as string[]).map((p) => p.replace(/\s+/g, ' '));
      expect(pdf.numPages).toBeGreaterThanOrEqual(3);
      for (const part of [
        'Decision sought',
        'Recommendation',
        band,
        'What decided it',
        'Next steps',
        'Sign-off',
      ])
        expect(pages[0]).toContain(part);
      expect(pages[0]).not.toContain('Charts');
      expect(pages[1]).toMatch(/^\s*Charts/);
      expect(pages.join(' ')).toContain('Appendix: every answer');
    },
    150_000,
  );

  it('names the file like the PDF, with .docx', () => {
    expect(wordFileName('Llŷr’s café ledger!', new Date('2026-11-24T10:00:00Z'))).toBe(
      'llyr-s-cafe-ledger-ledger-fit-2026-11-24.docx',
    );
  });
});
