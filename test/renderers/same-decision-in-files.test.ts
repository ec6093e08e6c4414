// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { nodePdfFonts } from '../../scripts/pdf-of';
import { renderPdf } from '../../src/renderers/pdf/render-pdf';
import { renderDocx } from '../../src/renderers/word/render-docx';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { everyCase } from '../fixtures/every-case';

const flat = (s: string) => s.replace(/\s+/g, '').replace(/[‐-]/g, '');
const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('the same decision in the PDF and Word files', () => {
  it.each(everyCase)(
    '%s: page 1 of the PDF and the Word summary carry the verdict, recommendation and next steps',
    async (_title, assessment) => {
      const report = buildReport(assessment);
      const { decision } = report;
      const paper = boardPaper(report, []);
      const when = new Date('2026-12-02T09:00:00Z');
      const { bytes } = await renderPdf(paper, nodePdfFonts(), when);
      const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
      const { text: pages } = await extractText(pdf, { mergePages: false });
      const firstPage = flat(pages[0] ?? '');
      const docx = unzipSync(
        await renderDocx(paper, when, [
          { png: onePixelPng, width: 250, height: 260 },
          { png: onePixelPng, width: 250, height: 170 },
        ]),
      );
      const xml = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
      const word = flat(
        xmlText([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      );
      for (const out of [firstPage, word]) {
        expect(out).toContain(flat(decision.verdict.label));
        expect(out).toContain(flat(decision.recommendation.text));
        for (const step of decision.nextSteps) expect(out).toContain(flat(step.text));
      }
    },
    120_000,
  );
});
