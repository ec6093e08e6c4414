import * as Y from 'yjs';
import type { Assessment } from '@/schema/assessment-schema';
import type { Signature } from '@/schema/team-record';
import { validateAssessment } from '@/schema/validate-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { type Person, useTeamActivity } from '@/store/team-activity-store';
import { closeHashOf, closeToken } from '@/team/close-token';
import { contentHash } from '@/team/content-hash';
import { importDocumentKey, newDocumentKey } from '@/team/seal-update';
import {
  addSignature,
  applyChanges,
  blankBase,
  parts,
  readAssessment,
  readAttribution,
  seedDoc,
} from '@/team/team-doc';
import { teamSocket } from '@/team/team-socket';
import { remoteOrigin, type SyncStatus, TeamSync } from '@/team/team-sync';
import { randomId } from './random-id';
import {
  decodeBytes,
  encodeBytes,
  readBinding,
  relayOrigin,
  type TeamBinding,
  writeBinding,
} from './team-binding';

type Listener = () => void;

/**
 * One team assessment kept in step between the zustand store (which every page renders from) and the
 * shared Y.Doc: a change a person makes in the store goes into the document in one transaction with
 * them as origin; a change from a colleague is laid over the stored assessment. The engine and report
 * never know the difference.
 */
export class TeamSession {
  status: SyncStatus = 'connecting';
  people: Person[] = [];
  refused = 0;
  private listeners = new Set<Listener>();
  private applying = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: () => void = () => {};

  private constructor(
    public binding: TeamBinding,
    readonly doc: Y.Doc,
    readonly sync: TeamSync,
  ) {}

  static async start(binding: TeamBinding, seed?: Assessment): Promise<TeamSession> {
    const key = await importDocumentKey(binding.key);
    if (!key) throw new Error('The team link’s key is damaged: ask for the link again.');
    const doc = new Y.Doc();
    const saved = decodeBytes(binding.doc);
    if (saved) Y.applyUpdate(doc, saved, remoteOrigin);
    const pending = decodeBytes(binding.sync?.pending);
    let session: TeamSession | undefined;
    const sync = new TeamSync({
      doc,
      docId: binding.docId,
      key,
      sender: binding.author,
      socket: teamSocket(relayOrigin()),
      ...(binding.sync
        ? { state: { lastSeen: binding.sync.lastSeen, seq: binding.sync.seq, pending: pending ?? undefined } }
        : {}),
      ...(binding.closeHash ? { closeHash: binding.closeHash } : {}),
      onState: () => session?.scheduleSave(),
      onStatus: (status) => session?.setStatus(status),
      onRefused: (count) => {
        if (session) {
          session.refused = count;
          session.emit();
        }
      },
    });
    session = new TeamSession(binding, doc, sync);
    session.wire();
    if (seed) seedDoc(doc, session.user, seed);
    session.project(false);
    return session;
  }

  get user() {
    return { id: this.binding.author, name: this.binding.name };
  }

  private wire() {
    const id = this.binding.assessmentId;
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.scheduleSave();
      if (origin === remoteOrigin) this.project(true);
    });
    this.unsubscribe = useAssessmentsStore.subscribe((state, previous) => {
      if (this.applying) return;
      const now = state.assessments[id];
      if (!now || now === previous.assessments[id]) return;
      applyChanges(this.doc, this.user, readAssessment(this.doc, now), now);
      this.project(false);
    });
    this.sync.awareness.setLocalState({ name: this.binding.name, page: '' });
    this.sync.awareness.on('change', () => {
      const self = this.doc.clientID;
      this.people = [...this.sync.awareness.getStates().entries()]
        .filter(([, s]) => typeof s.name === 'string')
        .map(([client, s]) => ({ name: String(s.name), page: String(s.page ?? ''), self: client === self }));
      useTeamActivity.getState().setPresence(id, this.people);
      this.emit();
    });
  }

  /** Lays the document over the stored assessment when they differ. */
  project(remote: boolean) {
    const id = this.binding.assessmentId;
    if (!parts(this.doc).meta.has('assessmentId')) return;
    const current = useAssessmentsStore.getState().assessments[id];
    const next = readAssessment(this.doc, current ?? blankBase(id));
    useTeamActivity.getState().setAttribution(id, readAttribution(this.doc));
    if (current && JSON.stringify(next) === JSON.stringify(current)) return;
    const checked = validateAssessment({
      ...next,
      updatedAt: remote || !current ? new Date().toISOString() : current.updatedAt,
    });
    if (!checked.ok) return;
    this.applying = true;
    try {
      useAssessmentsStore.getState().putAssessments([checked.data]);
    } finally {
      this.applying = false;
    }
    if (remote) useTeamActivity.getState().reportRemoteChange();
    this.emit();
  }

  setPage(page: string) {
    this.sync.awareness.setLocalStateField('page', page);
  }

  async sign(signature: Signature) {
    addSignature(this.doc, this.user, signature);
    this.project(false);
  }

  /** The content hash the people signing see: the same as the board paper checks. */
  currentHash(): string | undefined {
    const a = useAssessmentsStore.getState().assessments[this.binding.assessmentId];
    return a ? contentHash(a) : undefined;
  }

  private setStatus(status: SyncStatus) {
    this.status = status;
    if (status === 'closed' && !this.binding.closed) {
      this.binding = { ...this.binding, closed: true };
      this.scheduleSave();
    }
    this.emit();
  }

  scheduleSave() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  save() {
    const state = this.sync.state;
    this.binding = {
      ...this.binding,
      doc: encodeBytes(Y.encodeStateAsUpdate(this.doc)),
      sync: {
        lastSeen: state.lastSeen,
        seq: state.seq,
        ...(state.pending ? { pending: encodeBytes(state.pending) } : {}),
      },
    };
    writeBinding(this.binding);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit() {
    for (const l of this.listeners) l();
  }

  stop() {
    this.save();
    clearTimeout(this.saveTimer);
    this.unsubscribe();
    this.sync.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}

const sessions = new Map<string, Promise<TeamSession>>();

export function sessionFor(assessmentId: string): Promise<TeamSession> | undefined {
  const existing = sessions.get(assessmentId);
  if (existing) return existing;
  const binding = readBinding(assessmentId);
  if (!binding) return undefined;
  const started = TeamSession.start(binding);
  sessions.set(assessmentId, started);
  started.catch(() => sessions.delete(assessmentId));
  return started;
}

/** "Work on this with others": a new document and key, seeded with the assessment as it is. */
export async function startTeam(assessment: Assessment, name: string): Promise<TeamSession> {
  const { raw } = await newDocumentKey();
  const binding: TeamBinding = {
    assessmentId: assessment.id,
    docId: randomId(),
    key: raw,
    author: randomId(),
    name,
    closeHash: closeHashOf(await closeToken(raw)),
  };
  writeBinding(binding);
  const started = TeamSession.start(binding, assessment);
  sessions.set(assessment.id, started);
  return started;
}

/** Joining by link: a local assessment (a new id) filled from the document as it arrives. */
export async function joinTeam(docId: string, key: string, name: string): Promise<TeamSession> {
  const assessmentId = `team-${docId}`.slice(0, 64);
  const binding: TeamBinding = { assessmentId, docId, key, author: randomId(), name };
  writeBinding(binding);
  const started = TeamSession.start(binding);
  sessions.set(assessmentId, started);
  return started;
}

/**
 * Revoke: a new document id and key seeded with the current state (history included); the old document is
 * closed on the relay with its token, so the old link stops receiving updates.
 */
export async function rotateTeam(session: TeamSession): Promise<TeamSession> {
  const old = session.binding;
  const state = Y.encodeStateAsUpdate(session.doc);
  await session.sync.closeDocument(await closeToken(old.key)).catch(() => false);
  session.stop();
  const { raw } = await newDocumentKey();
  const binding: TeamBinding = {
    assessmentId: old.assessmentId,
    docId: randomId(),
    key: raw,
    author: old.author,
    name: old.name,
    closeHash: closeHashOf(await closeToken(raw)),
  };
  writeBinding(binding);
  const started = TeamSession.start(binding).then((s) => {
    Y.applyUpdate(s.doc, state, 'rotate');
    return s;
  });
  sessions.set(old.assessmentId, started);
  return started;
}

/** Reviewer and version live in the team record: written to the document (and so to everyone) directly. */
export function setTeamField(session: TeamSession, field: 'reviewer' | 'version', value: string) {
  const current = useAssessmentsStore.getState().assessments[session.binding.assessmentId];
  if (!current) return;
  const before = readAssessment(session.doc, current);
  applyChanges(session.doc, session.user, before, { ...before, team: { ...before.team, [field]: value } });
  session.project(false);
}
