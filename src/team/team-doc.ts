import * as Y from 'yjs';
import type { Assessment, Proposal } from '@/schema/assessment-schema';
import { hazardFields } from '@/schema/record-labels';
import type { History, HistoryEntry, Signature } from '@/schema/team-record';
import { chainEntry, heads, type UnsignedEntry } from './history';

/**
 * One Y.Doc per team assessment. Answers are a Y.Map of Y.Maps (value, note as Y.Text, by, at), so two
 * people answering different questions, or writing in different places of one note, both keep their work.
 * Proposal fields, hazard-log rows, reviewer and version are maps of plain values (last writer wins).
 * Signatures and each author's history chain are append-only Y.Arrays.
 */
export interface TeamUser {
  /** A random id per person and document: the author of a history chain. */
  readonly id: string;
  /** The name as the person gave it. */
  readonly name: string;
}

type HazardRow = NonNullable<Assessment['hazardLog']>[string];
type AnswerMap = Y.Map<unknown>;

export const parts = (doc: Y.Doc) => ({
  answers: doc.getMap<AnswerMap>('answers'),
  proposal: doc.getMap<unknown>('proposal'),
  hazards: doc.getMap<HazardRow>('hazards'),
  meta: doc.getMap<unknown>('meta'),
  signatures: doc.getArray<Signature>('signatures'),
  history: doc.getMap<Y.Array<HistoryEntry>>('history'),
});

const checkpointEvery = 20;
const clip = (text: string) =>
  text.length > 200 ? `${text.slice(0, 150)}… (${text.length} characters)` : text;
const shown = (value: unknown): string | number | null =>
  value === undefined || value === null
    ? null
    : typeof value === 'number'
      ? value
      : Array.isArray(value)
        ? clip(value.join(', '))
        : clip(String(value));

/** Rewrites a Y.Text to `next` by one delete and one insert between the common prefix and suffix. */
function setText(text: Y.Text, next: string) {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** The assessment as the document holds it, on top of the local record (id, timestamps, example). */
export function readAssessment(doc: Y.Doc, base: Assessment): Assessment {
  const p = parts(doc);
  const answers: Assessment['answers'] = {};
  for (const [id, entry] of p.answers) {
    const value = entry.get('value');
    const note = (entry.get('note') as Y.Text | undefined)?.toString() ?? '';
    if ((value === null || value === undefined) && !note) continue;
    answers[id] = {
      ...(typeof value === 'string' || typeof value === 'number' ? { value } : {}),
      ...(note ? { note } : {}),
    };
  }
  const proposal = { ...base.proposal } as Record<string, unknown>;
  for (const [field, value] of p.proposal) {
    if (value === null) delete proposal[field];
    else proposal[field] = value;
  }
  const hazardLog: NonNullable<Assessment['hazardLog']> = {};
  for (const [id, row] of p.hazards) if (row && Object.keys(row).length > 0) hazardLog[id] = row;
  const { hazardLog: _h, workshop: _w, team: _t, ...rest } = base;
  const workshop = p.meta.get('workshop') as Assessment['workshop'] | null | undefined;
  const reviewer = p.meta.get('reviewer');
  const version = p.meta.get('version');
  const signatures = p.signatures.toArray();
  const history: History = {};
  for (const [author, chain] of p.history) history[author] = chain.toArray();
  return {
    ...rest,
    proposal: proposal as Proposal,
    answers,
    ...(Object.keys(hazardLog).length > 0 ? { hazardLog } : {}),
    ...(workshop ? { workshop } : {}),
    team: {
      ...(typeof reviewer === 'string' && reviewer ? { reviewer } : {}),
      ...(typeof version === 'string' && version ? { version } : {}),
      ...(signatures.length > 0 ? { signatures } : {}),
      history,
    },
  };
}

/** Who last set each answer, and when. */
export function readAttribution(doc: Y.Doc): Record<string, { by: string; at: string }> {
  const out: Record<string, { by: string; at: string }> = {};
  for (const [id, entry] of parts(doc).answers) {
    const by = entry.get('by');
    const at = entry.get('at');
    if (typeof by === 'string' && typeof at === 'string') out[id] = { by, at };
  }
  return out;
}

function appendHistory(doc: Y.Doc, user: TeamUser, entries: readonly Omit<UnsignedEntry, 'author' | 'by'>[]) {
  if (entries.length === 0) return;
  const history = parts(doc).history;
  let chain = history.get(user.id);
  if (!chain) {
    chain = new Y.Array<HistoryEntry>();
    history.set(user.id, chain);
  }
  let list = chain.toArray();
  const added: HistoryEntry[] = [];
  const push = (entry: Omit<UnsignedEntry, 'author' | 'by'>) => {
    const next = chainEntry(list, { author: user.id, by: user.name, ...entry });
    list = [...list, next];
    added.push(next);
  };
  for (const entry of entries) push(entry);
  const last = list[list.length - 1];
  if (last && last.seq % checkpointEvery === 0) {
    const all: History = {};
    for (const [author, c] of history) all[author] = author === user.id ? list : c.toArray();
    push({ at: last.at, kind: 'checkpoint', target: 'heads', heads: heads(all) });
  }
  chain.push(added);
}

/**
 * Writes what changed between `before` and `after` into the document, in one transaction whose origin is
 * the local user, and appends one history entry per change to the user's chain.
 */
export function applyChanges(
  doc: Y.Doc,
  user: TeamUser,
  before: Assessment,
  after: Assessment,
  at = new Date(),
) {
  const when = at.toISOString();
  const p = parts(doc);
  const entries: Omit<UnsignedEntry, 'author' | 'by'>[] = [];
  doc.transact(() => {
    const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
    for (const id of [...ids].sort()) {
      const was = before.answers[id];
      const now = after.answers[id];
      const valueChanged = (was?.value ?? null) !== (now?.value ?? null);
      const noteChanged = (was?.note ?? '') !== (now?.note ?? '');
      if (!valueChanged && !noteChanged) continue;
      let entry = p.answers.get(id);
      if (!entry) {
        entry = new Y.Map<unknown>();
        entry.set('note', new Y.Text());
        p.answers.set(id, entry);
      }
      if (valueChanged) {
        entry.set('value', now?.value ?? null);
        entries.push({
          at: when,
          kind: 'answer',
          target: id,
          from: shown(was?.value),
          to: shown(now?.value),
        });
      }
      if (noteChanged) {
        let text = entry.get('note') as Y.Text | undefined;
        if (!text) {
          text = new Y.Text();
          entry.set('note', text);
        }
        setText(text, now?.note ?? '');
        entries.push({ at: when, kind: 'note', target: id, from: shown(was?.note), to: shown(now?.note) });
      }
      entry.set('by', user.name);
      entry.set('at', when);
    }
    const fields = new Set([...Object.keys(before.proposal), ...Object.keys(after.proposal)]);
    for (const field of [...fields].sort()) {
      const was = (before.proposal as Record<string, unknown>)[field];
      const now = (after.proposal as Record<string, unknown>)[field];
      if (json(was) === json(now)) continue;
      p.proposal.set(field, now ?? null);
      entries.push({ at: when, kind: 'proposal', target: field, from: shown(was), to: shown(now) });
    }
    const hazards = new Set([...Object.keys(before.hazardLog ?? {}), ...Object.keys(after.hazardLog ?? {})]);
    for (const id of [...hazards].sort()) {
      const was = before.hazardLog?.[id];
      const now = after.hazardLog?.[id];
      if (json(was) === json(now)) continue;
      p.hazards.set(id, now ?? {});
      // Every field of the entry: proposed controls and residual likelihood are the Clinical Safety Officer's
      // record too, and a history that left them out would not show who changed them.
      for (const key of hazardFields)
        if (json(was?.[key]) !== json(now?.[key]))
          entries.push({
            at: when,
            kind: 'hazard',
            target: `${id}.${key}`,
            from: shown(was?.[key]),
            to: shown(now?.[key]),
          });
    }
    if (json(before.workshop) !== json(after.workshop)) {
      p.meta.set('workshop', after.workshop ?? null);
      entries.push({
        at: when,
        kind: 'meta',
        target: 'workshop',
        from: null,
        to: after.workshop ? 'ratings saved' : null,
      });
    }
    for (const key of ['reviewer', 'version'] as const) {
      const was = before.team?.[key] ?? '';
      const now = after.team?.[key] ?? '';
      if (was === now) continue;
      p.meta.set(key, now);
      entries.push({ at: when, kind: 'meta', target: key, from: shown(was || null), to: shown(now || null) });
    }
    appendHistory(doc, user, entries);
  }, user.id);
  return entries.length;
}

/** A blank record the document's content is laid over: what a colleague who joins by link starts from. */
export function blankBase(id: string, at = new Date()): Assessment {
  const stamp = at.toISOString();
  return {
    id,
    createdAt: stamp,
    updatedAt: stamp,
    proposal: { title: '', organisations: '', assessor: '', date: '', description: '' },
    answers: {},
  };
}

/** The first editor puts the whole assessment in the document (its earlier history, if any, comes too). */
export function seedDoc(doc: Y.Doc, user: TeamUser, assessment: Assessment, at = new Date()) {
  doc.transact(() => {
    const p = parts(doc);
    p.meta.set('assessmentId', assessment.id);
    for (const [author, chain] of Object.entries(assessment.team?.history ?? {}))
      if (!p.history.has(author)) p.history.set(author, Y.Array.from(chain));
    if (assessment.team?.signatures?.length) p.signatures.push(assessment.team.signatures);
  }, user.id);
  const empty = { ...blankBase(assessment.id), proposal: {} as Proposal };
  applyChanges(
    doc,
    user,
    empty,
    { ...assessment, team: { ...assessment.team, signatures: [], history: {} } },
    at,
  );
}

/** Adds a signature to the document and records it in the signer's chain, with a checkpoint of every head. */
export function addSignature(doc: Y.Doc, user: TeamUser, signature: Signature) {
  doc.transact(() => {
    const p = parts(doc);
    p.signatures.push([signature]);
    appendHistory(doc, user, [
      {
        at: signature.time,
        kind: 'signature',
        target: signature.role,
        from: null,
        to: signature.contentHash.slice(0, 16),
      },
    ]);
    const all: History = {};
    for (const [author, chain] of p.history) all[author] = chain.toArray();
    appendHistory(doc, user, [
      { at: signature.time, kind: 'checkpoint', target: 'heads', heads: heads(all) },
    ]);
  }, user.id);
}
