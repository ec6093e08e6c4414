import type { Report } from './build-report';

/** The plain-text report `npm run assess` prints: the same verdict, reasons and suggestions as every output. */
export function cliText(report: Report): string {
  const lines = [
    `${report.title}${report.provisional ? ' — PROVISIONAL' : ''}`,
    `Verdict: ${report.bandLabel}. ${report.headline}`,
    `Condition fit ${report.result.fitScore}/100 · obstacle risk ${report.result.riskScore}/100 · ${report.confidence.label.toLowerCase()}`,
    `${report.architecture.kind === 'fits' ? 'Design that fits' : 'What would serve better'}: ${report.architecture.title}`,
    'Reasons:',
    ...report.reasons.map(
      (r) => `  - ${r.text} (based on: ${r.answers.map((a) => `${a.shortName}: ${a.answer}`).join('; ')})`,
    ),
  ];
  const { better, worse } = report.suggestions;
  if (better.length > 0)
    lines.push('What would move the verdict up:', ...better.map((s) => `  - ${s.text} → ${s.bandLabel}`));
  if (worse.length > 0)
    lines.push('What would move it down:', ...worse.map((s) => `  - ${s.text} → ${s.bandLabel}`));
  if (report.missing.length > 0)
    lines.push(`Not yet answered: ${report.missing.map((m) => m.shortName).join(', ')}`);
  return lines.join('\n');
}
