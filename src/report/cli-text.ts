import type { Report, ReportSuggestion } from './build-report';

const score = (value: number | undefined) => (value === undefined ? 'not scored' : `${value}/100`);
const list = (items: readonly ReportSuggestion[]) => items.map((s) => `  - ${s.text} → ${s.bandLabel}`);

/** The plain-text report `npm run assess` prints: the same verdict, reasons and suggestions as every output. */
export function cliText(report: Report): string {
  const undetermined = report.band === 'undetermined';
  const { architecture: design } = report;
  const lines = [
    `${report.title}${report.provisional ? ' — PROVISIONAL' : ''}`,
    `Verdict: ${report.bandLabel}. ${report.headline}`,
    `Recommendation: ${report.recommendation}`,
    `Condition fit ${score(report.scores.fit)} · obstacle risk ${score(report.scores.risk)} · ${report.confidence.label.toLowerCase()}`,
    undetermined
      ? `Answer these first: ${report.evidenceMissing.map((m) => m.shortName).join(', ')}`
      : `${design.alreadyHasDesign ? 'The design it already has' : design.kind === 'fits' ? 'Design that fits' : 'What would serve better'}: ${design.title}`,
    'Reasons:',
    ...report.reasons.map(
      (r) =>
        `  - ${r.decisive ? '[decided the verdict] ' : ''}${r.text} (based on: ${r.answers.map((a) => `${a.shortName}: ${a.answer}`).join('; ')})`,
    ),
  ];
  const { better, worse, betterIfFactsDiffered, worseIfFactsDiffered } = report.suggestions;
  if (better.length > 0) lines.push('Design choices and mitigations that would move it up:', ...list(better));
  if (worse.length > 0) lines.push('Risks that would move it down:', ...list(worse));
  const facts = [...betterIfFactsDiffered, ...worseIfFactsDiffered];
  if (facts.length > 0) lines.push('Only if the situation were different:', ...list(facts));
  if (report.vendorQuestions.length > 0)
    lines.push(
      'Questions for the vendor:',
      ...report.vendorQuestions.map((q) => `  - ${q.ask} (ask for: ${q.evidence})`),
    );
  if (!report.regulatory.noProfile) {
    lines.push('Regulatory checks:');
    for (const p of report.regulatory.profiles)
      for (const d of p.duties)
        lines.push(
          `  - ${p.setting}: ${d.name}${d.implications.length > 0 ? ` — ${d.implications.join(' ')}` : ''}`,
        );
    if (report.regulatory.nextSteps.length > 0)
      lines.push(`Next steps: ${report.regulatory.nextSteps.map((s) => s.text).join('; ')}`);
  }
  if (report.missing.length > 0)
    lines.push(`Not yet answered: ${report.missing.map((m) => m.shortName).join(', ')}`);
  return lines.join('\n');
}
