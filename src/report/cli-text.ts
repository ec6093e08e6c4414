import type { Report, ReportSuggestion } from './build-report';

const score = (value: number | undefined) => (value === undefined ? 'not scored' : `${value}/100`);
const list = (items: readonly ReportSuggestion[]) => items.map((s) => `  - ${s.text} → ${s.bandLabel}`);

/** The plain-text report `npm run assess` prints: the same verdict, reasons and suggestions as every output. */
export function cliText(report: Report): string {
  const { decision, architecture: design } = report;
  const undetermined = decision.verdict.id === 'undetermined';
  const lines = [
    `${report.title}${decision.verdict.provisional ? ' — PROVISIONAL' : ''}`,
    `Verdict: ${decision.verdict.label}. ${decision.verdict.headline}`,
    `Recommendation: ${decision.recommendation.text}`,
    `The deciding fact: ${decision.decidingFact.text}`,
    `Condition fit ${score(report.scores.fit)} · obstacle risk ${score(report.scores.risk)} · ${decision.confidence.label.toLowerCase()}: ${decision.confidence.meaning}`,
    undetermined
      ? `Answer these first: ${report.evidenceMissing.map((m) => m.shortName).join(', ')}`
      : `${design.alreadyHasDesign ? 'The design it already has' : design.kind === 'fits' ? 'Design that fits' : 'What would serve better'}: ${design.title}`,
    'Next steps:',
    ...decision.nextSteps.map((s, i) => `  ${i + 1}. ${s.text}`),
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
    for (const p of report.regulatory.profiles) {
      if (p.duties.length === 0)
        lines.push(`  - ${p.name}: none of this profile’s duties is triggered by these answers.`);
      for (const d of p.duties)
        lines.push(
          `  - ${p.name}: ${d.name}${d.implications.length > 0 ? ` — ${d.implications.join(' ')}` : ''}`,
        );
    }
  }
  if (report.missing.length > 0)
    lines.push(`Not yet answered: ${report.missing.map((m) => m.shortName).join(', ')}`);
  return lines.join('\n');
}
