import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { openUpdate, type SealKind, sealUpdate } from './seal-update';
import { partBytes, type SealedPart, type StoredEntry, teamLimits } from './team-protocol';

/**
 * Keeps one Y.Doc in step through the relay, which stores and forwards only ciphertext. Local updates are
 * queued (and persisted by the caller) until the relay acknowledges them, so edits made offline are sent
 * on reconnect and merged by Yjs. A client that connects reads the stream after the last id it applied,
 * then receives live entries. Presence (name, page) goes through y-protocols' awareness, sealed, never stored.
 */
export interface TeamSocket {
  readonly connected: boolean;
  request(event: string, payload: unknown): Promise<unknown>;
  send(event: string, payload: unknown): void;
  on(
    event: 'connect' | 'disconnect' | 'team:entry' | 'team:presence',
    handler: (payload: unknown) => void,
  ): void;
  close(): void;
}

export interface SyncState {
  /** The last stream id applied. */
  readonly lastSeen: string;
  readonly seq: number;
  /** Local updates not yet acknowledged by the relay, merged into one. */
  readonly pending: Uint8Array | undefined;
}

export type SyncStatus = 'connecting' | 'connected' | 'offline' | 'closed';

export interface TeamSyncOptions {
  readonly doc: Y.Doc;
  readonly docId: string;
  readonly key: CryptoKey;
  readonly sender: string;
  readonly socket: TeamSocket;
  readonly state?: SyncState;
  readonly closeHash?: string;
  readonly onState?: (state: SyncState) => void;
  readonly onStatus?: (status: SyncStatus) => void;
  /** Entries the client could not open (not sealed with this document's key): counted, never applied. */
  readonly onRefused?: (count: number) => void;
}

export const remoteOrigin = Symbol('remote');
const compactAfter = 200;

export class TeamSync {
  readonly awareness: Awareness;
  private lastSeen: string;
  private seq: number;
  private pending: Uint8Array[] = [];
  private flushing = false;
  private reading = false;
  private sinceSnapshot = 0;
  private refused = 0;
  private closed = false;
  /** Parts of a message waiting for the rest, by sender. */
  private partial = new Map<string, { kind: SealKind; parts: (Uint8Array | undefined)[] }>();
  private compacting = false;
  private applied = new Set<string>();
  private buffered: StoredEntry[] = [];

  constructor(private readonly options: TeamSyncOptions) {
    const { doc, socket } = options;
    this.lastSeen = options.state?.lastSeen ?? '0';
    this.seq = options.state?.seq ?? 0;
    if (options.state?.pending) this.pending.push(options.state.pending);
    this.awareness = new Awareness(doc);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === remoteOrigin) return;
      this.pending.push(update);
      this.saveState();
      void this.flush();
    });
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === remoteOrigin) return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      void this.sendPresence(changed);
    });
    socket.on('connect', () => void this.connected());
    socket.on('disconnect', () => options.onStatus?.(this.closed ? 'closed' : 'offline'));
    socket.on('team:entry', (payload) => {
      const entry = payload as { doc?: string; entry?: StoredEntry };
      if (entry.doc !== options.docId || !entry.entry) return;
      if (this.reading) this.buffered.push(entry.entry);
      else void this.apply([entry.entry], false);
    });
    socket.on('team:presence', (payload) => void this.receivePresence(payload));
    if (socket.connected) void this.connected();
    else options.onStatus?.('connecting');
  }

  get state(): SyncState {
    return {
      lastSeen: this.lastSeen,
      seq: this.seq,
      pending: this.pending.length > 0 ? Y.mergeUpdates(this.pending) : undefined,
    };
  }

  private saveState() {
    this.options.onState?.(this.state);
  }

  private async connected() {
    const { socket, docId } = this.options;
    this.reading = true;
    try {
      for (;;) {
        const reply = (await socket.request('team:open', {
          doc: docId,
          after: this.lastSeen,
          ...(this.options.closeHash ? { closeHash: this.options.closeHash } : {}),
        })) as { ok?: boolean; closed?: boolean; entries?: StoredEntry[] } | undefined;
        if (reply?.closed) {
          this.closed = true;
          this.options.onStatus?.('closed');
          return;
        }
        const entries = reply?.entries ?? [];
        await this.apply(entries, true);
        if (entries.length < teamLimits.page) break;
      }
    } catch {
      this.reading = false;
      this.options.onStatus?.('offline');
      return;
    }
    this.reading = false;
    const buffered = this.buffered;
    this.buffered = [];
    await this.apply(buffered, false);
    this.options.onStatus?.('connected');
    await this.flush();
    // Say who is here to those already connected.
    await this.sendPresence([this.options.doc.clientID]);
  }

  /**
   * Applies stored entries. `inOrder`: they come from reading the stream, so everything up to the last is
   * here and `lastSeen` (where the next read starts, and what a snapshot covers) moves on. Live entries can
   * arrive out of id order when several relays forward them, so they only join the set of applied ids.
   */
  private async apply(entries: readonly StoredEntry[], inOrder: boolean) {
    const { key, docId, doc } = this.options;
    for (const entry of entries) {
      if (this.applied.has(entry.id) || !isAfter(entry.id, this.lastSeen)) continue;
      if (inOrder) this.lastSeen = entry.id;
      this.applied.add(entry.id);
      if (this.applied.size > 5000) this.applied.delete(this.applied.values().next().value as string);
      const plain = await openUpdate(key, entry.kind, docId, entry.sender, entry.seq, entry);
      if (!plain) {
        this.refused += 1;
        this.options.onRefused?.(this.refused);
        continue;
      }
      const whole = this.collect(entry, plain);
      if (!whole) continue;
      try {
        Y.applyUpdate(doc, whole, remoteOrigin);
      } catch {
        this.refused += 1;
        this.options.onRefused?.(this.refused);
      }
      this.sinceSnapshot = entry.kind === 'snapshot' ? 0 : this.sinceSnapshot + 1;
    }
    this.saveState();
    if (this.sinceSnapshot >= compactAfter) await this.compact();
  }

  /** Joins the parts of one message (consecutive seq from one sender); the whole once all are here. */
  private collect(entry: StoredEntry, plain: Uint8Array): Uint8Array | undefined {
    if (entry.parts === 1) return plain;
    // A message's parts have consecutive numbers from its first; two messages of one sender may interleave.
    const groupKey = `${entry.sender}:${entry.seq - entry.part}`;
    let group = this.partial.get(groupKey);
    if (!group || group.parts.length !== entry.parts) {
      group = { kind: entry.kind, parts: new Array(entry.parts).fill(undefined) };
      this.partial.set(groupKey, group);
      // Parts whose siblings never came (trimmed, or a sender that went away) are not kept for ever.
      if (this.partial.size > 64) this.partial.delete(this.partial.keys().next().value as string);
    }
    group.parts[entry.part] = plain;
    if (group.parts.some((p) => p === undefined)) return undefined;
    this.partial.delete(groupKey);
    const all = group.parts as Uint8Array[];
    const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of all) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }

  private async sealParts(kind: 'update' | 'snapshot', bytes: Uint8Array): Promise<SealedPart[]> {
    const { key, docId, sender } = this.options;
    const count = Math.max(1, Math.ceil(bytes.length / partBytes));
    // The parts of one message take consecutive numbers, reserved before any await: a flush and a
    // compaction sealing at the same time must not interleave them.
    const first = this.seq + 1;
    this.seq += count;
    const parts: SealedPart[] = [];
    for (let part = 0; part < count; part++) {
      const seq = first + part;
      const sealed = await sealUpdate(
        key,
        kind,
        docId,
        sender,
        seq,
        bytes.subarray(part * partBytes, (part + 1) * partBytes),
      );
      parts.push({ sender, seq, kind, part, parts: count, ...sealed });
    }
    return parts;
  }

  /** Sends what is pending, one message at a time; on failure it stays pending for the next connection. */
  async flush(): Promise<void> {
    const { socket, docId } = this.options;
    if (this.flushing || this.reading || this.closed || !socket.connected || this.pending.length === 0)
      return;
    this.flushing = true;
    const update = Y.mergeUpdates(this.pending);
    const taken = this.pending.length;
    try {
      for (const entry of await this.sealParts('update', update)) {
        const reply = (await socket.request('team:put', { doc: docId, entry })) as {
          id?: string;
          closed?: boolean;
        };
        if (reply?.closed) {
          this.closed = true;
          this.options.onStatus?.('closed');
          return;
        }
        if (!reply?.id) throw new Error('not stored');
      }
      this.pending.splice(0, taken);
      this.saveState();
    } catch {
      // Left pending: sent again on reconnect (Yjs ignores what a peer already has).
    } finally {
      this.flushing = false;
    }
    if (this.pending.length > 0 && socket.connected) await this.flush();
  }

  /** Uploads the whole state sealed, covering what was read so far: the relay trims entries up to it. */
  async compact(): Promise<void> {
    const { socket, docId, doc } = this.options;
    if (this.closed || this.compacting || !socket.connected) return;
    this.compacting = true;
    const covers = this.lastSeen;
    this.sinceSnapshot = 0;
    const parts = await this.sealParts('snapshot', Y.encodeStateAsUpdate(doc));
    try {
      for (const [i, entry] of parts.entries())
        await socket.request('team:put', {
          doc: docId,
          entry,
          ...(i === parts.length - 1 ? { covers } : {}),
        });
    } catch {
      // A snapshot is an optimisation: the stream still holds every update.
    } finally {
      this.compacting = false;
    }
    this.saveState();
  }

  private async sendPresence(clients: number[]) {
    const { socket, key, docId, sender } = this.options;
    if (!socket.connected || this.closed) return;
    this.seq += 1;
    const seq = this.seq;
    const sealed = await sealUpdate(
      key,
      'presence',
      docId,
      sender,
      seq,
      encodeAwarenessUpdate(this.awareness, clients),
    );
    socket.send('team:presence', { doc: docId, sender, seq, ...sealed });
  }

  private async receivePresence(payload: unknown) {
    const { key, docId } = this.options;
    const p = payload as { doc?: string; sender?: string; seq?: number; iv?: string; data?: string };
    if (p.doc !== docId || typeof p.sender !== 'string' || typeof p.seq !== 'number' || !p.iv || !p.data)
      return;
    const plain = await openUpdate(key, 'presence', docId, p.sender, p.seq, { iv: p.iv, data: p.data });
    if (!plain) return;
    try {
      applyAwarenessUpdate(this.awareness, plain, remoteOrigin);
    } catch {
      // Malformed presence is ignored: it is never stored and changes nothing else.
    }
  }

  /** Stops the relay writing this document (revoke): the relay checks the token against the hash it kept. */
  async closeDocument(token: string): Promise<boolean> {
    const reply = (await this.options.socket.request('team:close', { doc: this.options.docId, token })) as
      | { ok?: boolean }
      | undefined;
    return reply?.ok === true;
  }

  destroy() {
    this.awareness.destroy();
    this.options.socket.close();
  }
}

/** Stream ids compare as (milliseconds, sequence); '0' is before all. */
export function isAfter(id: string, than: string): boolean {
  const [a1 = 0, a2 = 0] = id.split('-').map(Number);
  const [b1 = 0, b2 = 0] = than.split('-').map(Number);
  return a1 > b1 || (a1 === b1 && a2 > b2);
}
