import * as z from 'zod/mini';
import { findQuestion } from '@/framework/questions';
import { isRecord } from '@/lib/is-record';
import { type Assessment, hazardLogEntrySchema, workshopRatingSchema } from './assessment-schema';
import { hazardFieldLabels, hazardFields, hazardName, quoted as quote } from './record-labels';
import { teamRecordSchema } from './team-record';

// The parts of a saved record beyond its proposal and answers: the hazard log, the workshop's ratings and
// the team record. Each is kept whole when it is valid; what cannot be kept is named, never dropped without
// a word (the repair screen says "everything else is kept as it was").

type HazardLog = NonNullable<Assessment['hazardLog']>;
type HazardEntry = HazardLog[string];
type Workshop = NonNullable<Assessment['workshop']>;

/** The valid entries of a saved hazard log, field by field; each field that cannot be kept is named. */
export function repairHazardLog(raw: unknown, changes: string[]): HazardLog | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    changes.push('The hazard log could not be read (it was not a set of entries), so it was removed.');
    return undefined;
  }
  const log: Record<string, HazardEntry> = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (id.length > 64 || !isRecord(entry)) {
      changes.push(`Hazard log: the entry for ${hazardName(id)} could not be read, so it was removed.`);
      continue;
    }
    const kept: Record<string, unknown> = {};
    const cleared: string[] = [];
    for (const [field, value] of Object.entries(entry)) {
      if (value === undefined) continue;
      const known = hazardFields.find((f) => f === field);
      if (known && z.safeParse(hazardLogEntrySchema.shape[known], value).success) kept[known] = value;
      else cleared.push(known ? hazardFieldLabels[known] : quote(field, 40));
    }
    if (cleared.length > 0)
      changes.push(
        `Hazard log, ${hazardName(id)}: the ${cleared.join(', ')} could not be read, so ${cleared.length === 1 ? 'it was' : 'they were'} cleared.`,
      );
    if (Object.keys(kept).length > 0) log[id] = kept as HazardEntry;
  }
  return Object.keys(log).length > 0 ? log : undefined;
}

/** A saved workshop's valid ratings; a rating that cannot be read is named and removed. */
export function repairWorkshop(raw: unknown, changes: string[]): Workshop | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    changes.push('The workshop’s ratings could not be read, so they were removed.');
    return undefined;
  }
  const heldOn = typeof raw.heldOn === 'string' && raw.heldOn.length <= 40 ? raw.heldOn : '';
  if (heldOn !== raw.heldOn)
    changes.push('Workshop: the date it was held could not be read, so it was cleared.');
  const ratings: Workshop['ratings'] = {};
  for (const [questionId, rating] of Object.entries(isRecord(raw.ratings) ? raw.ratings : {})) {
    const parsed = questionId.length <= 80 ? z.safeParse(workshopRatingSchema, rating) : undefined;
    if (parsed?.success) ratings[questionId] = parsed.data;
    else
      changes.push(
        `Workshop: the room’s rating of ${findQuestion(questionId)?.shortName ?? quote(questionId, 80)} could not be read, so it was removed.`,
      );
  }
  if (raw.ratings !== undefined && !isRecord(raw.ratings))
    changes.push('Workshop: its ratings could not be read, so they were removed.');
  return { heldOn, ratings };
}

/**
 * The team record is kept whole or not at all: its history is a hash chain and its sign-offs are signatures
 * over the content, so a part of it would no longer verify.
 */
export function repairTeam(raw: unknown, changes: string[]): Assessment['team'] {
  if (raw === undefined || raw === null) return undefined;
  const parsed = z.safeParse(teamRecordSchema, raw);
  if (parsed.success) return parsed.data;
  changes.push(
    'The team record (reviewer, version, sign-offs and history) could not be read, so it was removed; download the record first to keep it as it is.',
  );
  return undefined;
}

/** Names the fields of a record that this app does not keep (an unknown field makes a record invalid). */
export function unknownFields(
  raw: Record<string, unknown>,
  known: readonly string[],
  where: string,
  changes: string[],
): void {
  for (const key of Object.keys(raw))
    if (!known.includes(key) && raw[key] !== undefined)
      changes.push(`${where}: its field ${quote(key, 40)}, which this app does not keep, was removed.`);
}
