import { readRating } from '@/engine/answer-values';
import { ledgerHazards } from '@/framework/hazards';
import { findQuestion } from '@/framework/questions';
import type { Answers, Assessment } from '@/schema/assessment-schema';

export const draftMark = 'Draft for the Clinical Safety Officer’s review';

export interface HazardRow {
  readonly id: string;
  readonly hazard: string;
  readonly cause: string;
  readonly effect: string;
  readonly existingControls: string;
  /** 1–5 on the DCB0160 matrix. */
  readonly likelihood: number;
  readonly severity: number;
  /** Likelihood × severity, 1–25. */
  readonly risk: number;
  readonly riskLevel: 'Very high' | 'High' | 'Medium' | 'Low';
  readonly owner: string;
  /** Why the likelihood is what it is: the answers it follows, or the user's own score. */
  readonly basis: string;
  readonly status: typeof draftMark;
}

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

/** The level a risk score falls in on the common NHS 5×5 matrix. */
export function riskLevel(risk: number): HazardRow['riskLevel'] {
  if (risk >= 15) return 'Very high';
  if (risk >= 8) return 'High';
  if (risk >= 4) return 'Medium';
  return 'Low';
}

/**
 * The draft DCB0160 hazard log: one row per ledger-specific hazard, its likelihood following the answers
 * (an obstacle rated 0–4 gives 1–5; an unknown one is taken as 3, "possible", and said so), its severity
 * raised by one when the records themselves would be on the ledger. The user's own scores and controls,
 * kept in the assessment, override the draft. Monotone by construction: a worse rating never lowers a risk.
 */
export function hazardLog(answers: Answers, edits: Assessment['hazardLog'] = {}): HazardRow[] {
  const recordsOnChain = answers['proposal.onChainData']?.value === 'records';
  return ledgerHazards.map((h) => {
    const ratings = h.likelihoodFrom.map((id) => {
      const r = readRating(answers, id);
      return r === undefined ? undefined : h.inverted ? 4 - r : r;
    });
    const known = ratings.filter((r): r is number => r !== undefined);
    const derivedLikelihood = known.length > 0 ? clamp(Math.max(...known) + 1) : 3;
    const derivedSeverity = clamp(h.severity + (recordsOnChain ? 1 : 0));
    const edit = edits[h.id] ?? {};
    const likelihood = edit.likelihood ?? derivedLikelihood;
    const severity = edit.severity ?? derivedSeverity;
    const names = h.likelihoodFrom.map((id) => findQuestion(id)?.shortName ?? id).join(', ');
    return {
      id: h.id,
      hazard: h.hazard,
      cause: h.cause,
      effect: h.effect,
      existingControls: edit.controls?.trim() || 'None recorded yet',
      likelihood,
      severity,
      risk: likelihood * severity,
      riskLevel: riskLevel(likelihood * severity),
      owner: edit.owner?.trim() ?? '',
      basis:
        edit.likelihood !== undefined || edit.severity !== undefined
          ? 'Scored by the assessor'
          : known.length > 0
            ? `Likelihood from ${names}`
            : `Likelihood assumed “possible”: ${names} not known`,
      status: draftMark,
    };
  });
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The hazard log as CSV (RFC 4180), for the Clinical Safety Officer's own tools. */
export function hazardLogCsv(rows: readonly HazardRow[]): string {
  const header = [
    'Hazard',
    'Cause',
    'Effect',
    'Existing controls',
    'Likelihood (1-5)',
    'Severity (1-5)',
    'Risk (L x S)',
    'Residual risk',
    'Owner',
    'Basis',
    'Status',
  ];
  const lines = rows.map((r) =>
    [
      r.hazard,
      r.cause,
      r.effect,
      r.existingControls,
      r.likelihood,
      r.severity,
      r.risk,
      r.riskLevel,
      r.owner,
      r.basis,
      r.status,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
