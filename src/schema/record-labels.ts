import { ledgerHazards } from '@/framework/hazards';
import { ledgerContextFields } from '@/framework/ledger-facts';
import { proposalFields, settingsField } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import type { Assessment } from './assessment-schema';

// The parts of a saved record by the names the user knows ("Title of the proposal", "Hazard log, A stale or
// wrong consent preference is acted on: owner"), never by their paths in the data ("hazardLog.x.owner").

type HazardEntry = NonNullable<Assessment['hazardLog']>[string];

export const hazardFieldLabels: Record<keyof HazardEntry, string> = {
  controls: 'existing controls',
  proposedControls: 'proposed controls',
  likelihood: 'likelihood',
  severity: 'severity',
  residualLikelihood: 'residual likelihood',
  owner: 'owner',
};

/** The fields of a hazard-log entry, in the order the log shows them. */
export const hazardFields = Object.keys(hazardFieldLabels) as (keyof HazardEntry)[];

export const quoted = (text: string, max: number) => `“${text.slice(0, max)}${text.length > max ? '…' : ''}”`;

export const hazardName = (id: string) => ledgerHazards.find((h) => h.id === id)?.hazard ?? quoted(id, 64);

const topLevel: Record<string, string> = {
  id: 'Its id',
  createdAt: 'Its “created” time',
  updatedAt: 'Its “last changed” time',
  exampleId: 'The worked example it was copied from',
  team: 'The team record (reviewer, version, sign-offs and history)',
};

const proposalPart: Record<string, string> = {
  settings: settingsField.label,
  ledgerHolds: ledgerContextFields.ledgerHolds.label,
  directCare: ledgerContextFields.directCare.label,
};

/** A field's name as the user knows it, from its path in a saved record. */
export function recordFieldName(path: readonly PropertyKey[]): string {
  const [section, key, part] = path.map(String);
  if (section === 'proposal' && key && key in proposalFields)
    return proposalFields[key as keyof typeof proposalFields].label;
  if (section === 'proposal' && key && key in proposalPart) return proposalPart[key] as string;
  if (section === 'proposal') return 'The proposal';
  if (section === 'answers' && key) {
    const name = findQuestion(key)?.shortName ?? key;
    return part === 'note' ? `The note for “${name}”` : `The answer to “${name}”`;
  }
  if (section === 'hazardLog' && key)
    return `Hazard log, ${hazardName(key)}${part && part in hazardFieldLabels ? `: ${hazardFieldLabels[part as keyof HazardEntry]}` : ''}`;
  if (section === 'hazardLog') return 'The hazard log';
  if (section === 'workshop' && key === 'ratings' && part)
    return `The workshop’s rating of ${findQuestion(part)?.shortName ?? quoted(part, 80)}`;
  if (section === 'workshop' && key === 'heldOn') return 'The date the workshop was held';
  if (section === 'workshop') return 'The workshop’s ratings';
  if (section === 'team' && key === 'signatures' && part !== undefined)
    return `The team record, sign-off ${Number(part) + 1}${path[3] !== undefined ? ` (${String(path[3])})` : ''}`;
  if (section && section in topLevel) return topLevel[section] as string;
  return 'The record';
}
