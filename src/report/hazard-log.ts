import { readRating } from '@/engine/answer-values';
import {
  consequenceCategories,
  ledgerHazards,
  likelihoodCategories,
  riskMatrix,
  riskRatingLabels,
} from '@/framework/hazards';
import { type DirectCareAnswer, type LedgerContent, ledgerFacts } from '@/framework/ledger-facts';
import { findQuestion } from '@/framework/questions';
import type { Answers, Assessment } from '@/schema/assessment-schema';

export const draftMark = 'Draft for the Clinical Safety Officer’s review';

/** The clinical risk rating (1–5) and its label, looked up in the DCB0129/0160 matrix. */
export interface RiskRating {
  readonly likelihood: number;
  readonly consequence: number;
  readonly rating: 1 | 2 | 3 | 4 | 5;
  readonly label: string;
}

export interface HazardRow {
  readonly id: string;
  readonly hazard: string;
  readonly cause: string;
  readonly effect: string;
  /** Why this hazard is in this proposal's log: what the ledger holds or does. */
  readonly because: string;
  /** The assessor's record, or the library's typical controls marked as a suggestion. */
  readonly existingControls: string;
  readonly existingControlsRecorded: boolean;
  readonly proposedControls: string;
  /** Initial risk: likelihood category 1–5 (very low … very high). */
  readonly likelihood: number;
  /** Consequence category 1–5 (minor … catastrophic); named severity for the saved edits. */
  readonly severity: number;
  /** The clinical risk rating 1–5 from the matrix (not a product). */
  readonly risk: number;
  readonly riskLevel: string;
  /** Residual risk, only once a control is recorded and scored after it. */
  readonly residual?: RiskRating;
  readonly residualText: string;
  readonly owner: string;
  /** Why the likelihood is what it is: the answers it follows, or the user's own score. */
  readonly basis: string;
  readonly status: typeof draftMark;
}

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

/** The DCB0129/0160 lookup: a likelihood and a consequence category (1–5 each) give a risk rating 1–5. */
export function rate(likelihood: number, consequence: number): RiskRating {
  const l = clamp(likelihood);
  const c = clamp(consequence);
  const rating = riskMatrix[l - 1]?.[c - 1] ?? 5;
  return { likelihood: l, consequence: c, rating, label: riskRatingLabels[rating] };
}

export const likelihoodName = (n: number): string => likelihoodCategories[clamp(n) - 1] ?? '';
export const consequenceName = (n: number): string => consequenceCategories[clamp(n) - 1] ?? '';

export interface HazardContext {
  readonly ledgerHolds?: readonly LedgerContent[];
  readonly directCare?: DirectCareAnswer;
}

/**
 * The draft hazard log for this proposal: only the hazards that what the ledger holds and does bring with it,
 * each with cause, effect, existing and proposed controls. Initial likelihood follows the answers (an
 * obstacle rated 0–4 gives very low … very high; an unknown one is taken as medium, and said so); the
 * consequence is the hazard's own, raised by one category when the records themselves would be on the
 * ledger. The risk is looked up in the DCB matrix, never multiplied. Residual risk is given only once the
 * assessor records a control and scores the likelihood after it. Monotone: a worse rating never lowers a risk.
 */
export function hazardLog(
  answers: Answers,
  edits: Assessment['hazardLog'] = {},
  context: HazardContext = {},
): HazardRow[] {
  const facts = ledgerFacts(['ukNhs'], answers, context);
  const recordsOnChain = answers['proposal.onChainData']?.value === 'records';
  return ledgerHazards
    .filter((h) => h.appliesWhen.holds(facts))
    .map((h) => {
      const ratings = h.likelihoodFrom.map((id) => {
        const r = readRating(answers, id);
        return r === undefined ? undefined : h.inverted ? 4 - r : r;
      });
      const known = ratings.filter((r): r is number => r !== undefined);
      const derivedLikelihood = known.length > 0 ? clamp(Math.max(...known) + 1) : 3;
      const derivedConsequence = clamp(h.consequence + (recordsOnChain ? 1 : 0));
      const edit = edits[h.id] ?? {};
      const likelihood = edit.likelihood ?? derivedLikelihood;
      const severity = edit.severity ?? derivedConsequence;
      const initial = rate(likelihood, severity);
      const controls = edit.controls?.trim() ?? '';
      const proposed = edit.proposedControls?.trim() ?? '';
      const controlled = controls !== '' || proposed !== '';
      const residual =
        controlled && edit.residualLikelihood !== undefined
          ? rate(edit.residualLikelihood, severity)
          : undefined;
      const names = h.likelihoodFrom.map((id) => findQuestion(id)?.shortName ?? id).join(', ');
      return {
        id: h.id,
        hazard: h.hazard,
        cause: h.cause,
        effect: h.effect,
        because: h.appliesWhen.because,
        existingControls: controls || `Suggested, to confirm: ${h.existingControls}`,
        existingControlsRecorded: controls !== '',
        proposedControls: proposed || `Suggested: ${h.proposedControls.join('; ')}`,
        likelihood,
        severity,
        risk: initial.rating,
        riskLevel: initial.label,
        ...(residual ? { residual } : {}),
        residualText: residual
          ? `${residual.rating} (${residual.label})`
          : controlled
            ? 'Not yet scored: give the likelihood once the controls are in place'
            : 'None until a control is recorded',
        owner: edit.owner?.trim() ?? '',
        basis:
          edit.likelihood !== undefined || edit.severity !== undefined
            ? 'Scored by the assessor'
            : known.length > 0
              ? `Likelihood from ${names}`
              : `Likelihood assumed “medium”: ${names} not known`,
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
    'Proposed controls',
    'Likelihood (1-5)',
    'Consequence (1-5)',
    'Initial risk rating (DCB matrix, 1-5)',
    'Residual risk rating',
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
      r.proposedControls,
      `${r.likelihood} ${likelihoodName(r.likelihood)}`,
      `${r.severity} ${consequenceName(r.severity)}`,
      `${r.risk} ${r.riskLevel}`,
      r.residualText,
      r.owner,
      r.basis,
      r.status,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
