import { directCareOptions, ledgerContents } from '@/framework/ledger-facts';
import { type ProposalFieldId, proposalFields, settings } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import { isRecord } from '@/lib/is-record';
import type { ParseResult } from '@/lib/parse-result';
import type { Answer, Assessment } from './assessment-schema';
import { assessmentSchema, maxNoteLength } from './assessment-schema';
import { isIsoDate, readDate } from './dates';
import { newId } from './new-id';
import { repairHazardLog, repairTeam, repairWorkshop, unknownFields } from './repair-parts';
import { validateAssessment } from './validate-assessment';

export type Repair = { readonly assessment: Assessment; readonly changes: string[] };

const n = (v: number) => v.toLocaleString('en-GB');
const recordKeys = Object.keys(assessmentSchema.shape);
const proposalKeys = Object.keys(assessmentSchema.shape.proposal.shape);

/** Cuts at the last space before the limit when there is one near it, so no word is left half-cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return space > max * 0.8 ? head.slice(0, space) : head;
}

/**
 * The values of a saved list that this app knows, once each; one value saved alone (schema 1's `setting`, or
 * a list saved as a single value) is read as a list of one, so that a value it cannot keep is named below,
 * never dropped without a word.
 */
function knownValues<T extends string>(
  saved: unknown,
  known: readonly T[],
  label: string,
  changes: string[],
): T[] {
  const list: unknown[] = Array.isArray(saved)
    ? saved
    : saved === undefined || saved === null || saved === ''
      ? []
      : [saved];
  const kept = [...new Set(list.filter((v): v is T => known.includes(v as T)))];
  const dropped = list.filter((v) => !known.includes(v as T));
  if (dropped.length > 0)
    changes.push(
      `${label}: “${dropped.map(String).join(', ').slice(0, 60)}” is not one this app knows, so it was cleared.`,
    );
  return kept;
}

/**
 * The smallest changes that make a saved record valid again, each said in words, or the problems that
 * no automatic change can fix (then the user can only download or delete it). Pure; never throws.
 */
export function repairAssessment(raw: unknown): ParseResult<Repair> {
  if (!isRecord(raw))
    return { ok: false, problems: ['This is not an assessment: there is nothing to repair.'] };
  const changes: string[] = [];
  const now = new Date().toISOString();

  const id = typeof raw.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(raw.id) ? raw.id : newId();
  if (id !== raw.id) changes.push('It had no usable id, so it was given a new one.');

  const stamp = (key: 'createdAt' | 'updatedAt') => {
    const v = raw[key];
    if (typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v))) return v;
    changes.push(
      `Its “${key === 'createdAt' ? 'created' : 'last changed'}” time could not be read; it is now.`,
    );
    return now;
  };

  const rawProposal = isRecord(raw.proposal) ? raw.proposal : {};
  const field = (key: Exclude<ProposalFieldId, 'date'>) => {
    const v = rawProposal[key];
    const spec = proposalFields[key];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') {
      changes.push(`${spec.label}: it was not text, so it was cleared.`);
      return '';
    }
    if (v.length <= spec.maxLength) return v;
    const kept = cut(v, spec.maxLength);
    changes.push(
      `${spec.label}: cut from ${n(v.length)} to ${n(kept.length)} characters (the limit is ${n(spec.maxLength)}). The cut text was “${v.slice(kept.length, kept.length + 60).trim()}${v.length - kept.length > 60 ? '…' : ''}”.`,
    );
    return kept;
  };
  const date = (() => {
    const v = rawProposal.date;
    if (v === undefined || v === null || v === '') return '';
    if (typeof v === 'string' && isIsoDate(v)) return v;
    const read = typeof v === 'string' ? readDate(v) : undefined;
    changes.push(
      read
        ? `Date of assessment: “${String(v)}” is now stored as ${read}.`
        : `Date of assessment: “${String(v).slice(0, 60)}” is not a date, so it was cleared.`,
    );
    return read ?? '';
  })();
  const chosen = knownValues(
    rawProposal.settings ?? rawProposal.setting,
    settings.map((s) => s.value),
    'Settings',
    changes,
  );
  const holds = knownValues(
    rawProposal.ledgerHolds,
    ledgerContents.map((c) => c.value),
    'What the ledger would hold',
    changes,
  );
  const directCare = (() => {
    const v = rawProposal.directCare;
    if (v === undefined || v === null) return undefined;
    const known = directCareOptions.find((o) => o.value === v);
    if (!known)
      changes.push(
        `Used in direct care: “${String(v).slice(0, 60)}” is not an answer this app knows, so it was cleared.`,
      );
    return known?.value;
  })();
  unknownFields(rawProposal, [...proposalKeys, 'setting'], 'The proposal', changes);

  const answers: Record<string, Answer> = {};
  for (const [questionId, rawAnswer] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
    const question = findQuestion(questionId);
    if (!question) {
      changes.push(`An answer to “${questionId.slice(0, 80)}”, which this app does not ask, was removed.`);
      continue;
    }
    if (!isRecord(rawAnswer)) {
      changes.push(`${question.shortName}: the answer could not be read, so it was removed.`);
      continue;
    }
    const allowed = [...question.options.map((o) => o.value), dontKnow] as unknown[];
    const value = allowed.includes(rawAnswer.value) ? (rawAnswer.value as Answer['value']) : undefined;
    if (rawAnswer.value !== undefined && value === undefined)
      changes.push(
        `${question.shortName}: the answer ${JSON.stringify(rawAnswer.value).slice(0, 40)} is not on the scale, so it was cleared (its note is kept).`,
      );
    let note = typeof rawAnswer.note === 'string' ? rawAnswer.note : undefined;
    if (note === undefined && rawAnswer.note !== undefined && rawAnswer.note !== null)
      changes.push(`${question.shortName}: the note was not text, so it was cleared.`);
    if (note !== undefined && note.length > maxNoteLength) {
      const kept = cut(note, maxNoteLength);
      changes.push(
        `${question.shortName}: the note was cut from ${n(note.length)} to ${n(kept.length)} characters (the limit is ${n(maxNoteLength)}).`,
      );
      note = kept;
    }
    if (value !== undefined || note)
      answers[questionId] = { ...(value !== undefined ? { value } : {}), ...(note ? { note } : {}) };
  }

  const exampleId =
    typeof raw.exampleId === 'string' && raw.exampleId.length <= 64 ? raw.exampleId : undefined;
  if (exampleId === undefined && raw.exampleId !== undefined && raw.exampleId !== null)
    changes.push(
      'The worked example it was copied from could not be read, so that link was removed (its answers are kept).',
    );
  const hazardLog = repairHazardLog(raw.hazardLog, changes);
  const workshop = repairWorkshop(raw.workshop, changes);
  const team = repairTeam(raw.team, changes);
  unknownFields(raw, recordKeys, 'The record', changes);
  const repaired: Assessment = {
    id,
    createdAt: stamp('createdAt'),
    updatedAt: stamp('updatedAt'),
    ...(exampleId ? { exampleId } : {}),
    proposal: {
      title: field('title'),
      organisations: field('organisations'),
      assessor: field('assessor'),
      date,
      description: field('description'),
      ...(chosen.length > 0 ? { settings: chosen } : {}),
      ...(holds.length > 0 ? { ledgerHolds: holds } : {}),
      ...(directCare ? { directCare } : {}),
    },
    answers,
    ...(hazardLog ? { hazardLog } : {}),
    ...(workshop ? { workshop } : {}),
    ...(team ? { team } : {}),
  };
  const checked = validateAssessment(repaired);
  if (!checked.ok) return checked;
  return { ok: true, data: { assessment: checked.data, changes } };
}
