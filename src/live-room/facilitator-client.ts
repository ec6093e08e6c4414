import {
  type CreatedRoom,
  createdRoom,
  type HandshakeAuth,
  lobbyMessage,
  refusedMessage,
  relayedFromParticipant,
  replayedMessage,
  type SealedState,
  sealedHello,
  sealedVote,
} from './protocol';
import { relayTransport } from './relay-transport';
import {
  exportPrivateKey,
  exportPublicKey,
  importPrivateKey,
  importPublicKey,
  importRoomKey,
  newKeyPair,
  newRoomKey,
  open,
  pairKey,
  seal,
  sealContext,
} from './room-crypto';
import type { FacilitatorSnapshot } from './room-snapshot';
import { type Ballot, type CountOutcome, castVote, type RatingValue } from './tally';
import type { Transport, TransportStatus } from './transport';

export interface FacilitatorEvents {
  readonly onLobby?: (count: number, locked: boolean) => void;
  readonly onBallots?: (ballots: ReadonlyMap<string, Ballot>, outcome: CountOutcome) => void;
  readonly onName?: (participant: string, name: string) => void;
  readonly onStatus?: (status: TransportStatus, detail?: string) => void;
  /** Something went wrong that the facilitator should see: never swallowed. */
  readonly onProblem?: (message: string) => void;
  /** The room's state changed (a welcome, a vote, a question): time to save a snapshot. */
  readonly onChange?: () => void;
  /** The relay has re-sent everything stored for the room since it opened. */
  readonly onReplayed?: () => void;
  /** Where messages the room could not use are noted (a malformed or unopenable message); console by default. */
  readonly log?: (message: string) => void;
}

export type MakeTransport = (
  auth: HandshakeAuth,
  onStatus: (status: TransportStatus, detail?: string) => void,
) => Transport;

type Relayed = { participant: string; key: string; sealed: { iv: string; data: string } };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The facilitator's end of a live room: creates the room on the relay, welcomes each phone with the
 * room key sealed to it, shows the question, counts the sealed votes only it can open, and acknowledges
 * each counted vote to its phone (sealed), so a phone says "Counted" only when it is. On every
 * (re)connection the relay replays the room's stored messages; counting is an upsert, so nothing counts
 * twice. Its whole state can be saved (`snapshot()`) and resumed after a page reload.
 */
export class FacilitatorClient {
  private transport: Transport | undefined;
  private ballots = new Map<string, Ballot>();
  private excludedCount = 0;
  private readonly pairs = new Map<string, CryptoKey>();
  private state: SealedState = { kind: 'state', version: 0, question: null, open: false, revealed: null };
  /** `participant key` pairs given the room key: a phone reloaded has a new key and needs a new welcome. */
  private readonly welcomed = new Set<string>();
  private readonly joinedIds = new Set<string>();
  private readonly names = new Map<string, string>();
  private locked = false;
  /** Between a (re)connection and the relay's `replayed`: messages may be ones already counted. */
  private replaying = false;
  private replayTimer: ReturnType<typeof setTimeout> | undefined;
  private ended = false;

  private constructor(
    readonly relayUrl: string,
    readonly created: CreatedRoom,
    readonly publicKey: string,
    private readonly privateKey: CryptoKey,
    /** PKCS #8, exported once, so a snapshot can be taken at any moment (even as the page unloads). */
    private readonly privateKeyExport: string,
    private readonly roomKey: { key: CryptoKey; raw: string },
    private readonly events: FacilitatorEvents,
  ) {}

  static async create(
    relayUrl: string,
    events: FacilitatorEvents = {},
    makeTransport: MakeTransport = (auth, onStatus) => relayTransport(relayUrl, auth, onStatus),
  ): Promise<FacilitatorClient> {
    const keys = await newKeyPair(true);
    const publicKey = await exportPublicKey(keys.publicKey);
    const response = await fetch(new URL('/api/rooms', relayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: publicKey }),
    });
    if (!response.ok) throw new Error(`The relay would not open a room (${response.status}).`);
    const created = createdRoom.parse(await response.json());
    return FacilitatorClient.open(
      relayUrl,
      created,
      publicKey,
      keys.privateKey,
      await newRoomKey(),
      events,
      makeTransport,
    );
  }

  /** A room created earlier (before a page reload), with the same tokens and keys: phones stay in it. */
  static async resume(
    snapshot: FacilitatorSnapshot,
    events: FacilitatorEvents = {},
    makeTransport: MakeTransport = (auth, onStatus) => relayTransport(snapshot.relayUrl, auth, onStatus),
  ): Promise<FacilitatorClient> {
    return FacilitatorClient.open(
      snapshot.relayUrl,
      snapshot.created,
      snapshot.publicKey,
      await importPrivateKey(snapshot.privateKey),
      { key: await importRoomKey(snapshot.roomKey), raw: snapshot.roomKey },
      events,
      makeTransport,
      snapshot,
    );
  }

  /** Whether a saved room can still be resumed (it has not expired). */
  static resumable(snapshot: FacilitatorSnapshot, now = Date.now()): boolean {
    return snapshot.created.expiresAt > now;
  }

  private static async open(
    relayUrl: string,
    created: CreatedRoom,
    publicKey: string,
    privateKey: CryptoKey,
    roomKey: { key: CryptoKey; raw: string },
    events: FacilitatorEvents,
    makeTransport: MakeTransport,
    saved?: FacilitatorSnapshot,
  ) {
    const client = new FacilitatorClient(
      relayUrl,
      created,
      publicKey,
      privateKey,
      saved?.privateKey ?? (await exportPrivateKey(privateKey)),
      roomKey,
      events,
    );
    if (saved) {
      client.state = saved.state;
      client.ballots = new Map(
        saved.ballots.map((b) => [`${b.participant} ${b.questionId}${b.late ? ' late' : ''}`, b]),
      );
      client.excludedCount = saved.excluded;
      for (const w of saved.welcomed) {
        client.welcomed.add(w);
        client.joinedIds.add(w.split(' ')[0] ?? w);
      }
      for (const [p, name] of saved.names) client.names.set(p, name);
      client.locked = saved.locked;
    }
    client.connect(makeTransport);
    return client;
  }

  /** What to save so the room survives a reload: it holds the private and room keys, keep it private. */
  snapshot(): FacilitatorSnapshot {
    return {
      version: 1,
      relayUrl: this.relayUrl,
      created: this.created,
      publicKey: this.publicKey,
      privateKey: this.privateKeyExport,
      roomKey: this.roomKey.raw,
      state: this.state,
      ballots: [...this.ballots.values()].map((b) => ({ ...b })),
      excluded: this.excludedCount,
      welcomed: [...this.welcomed],
      names: [...this.names],
      locked: this.locked,
    };
  }

  get room(): string {
    return this.created.room;
  }

  /** The link phones open: everything after # stays on the phone, never reaching a server. */
  joinLink(appOrigin: string): string {
    const fragment = new URLSearchParams({ r: this.room, t: this.created.token, k: this.publicKey });
    return `${appOrigin}/join#${fragment}`;
  }

  get excluded(): number {
    return this.excludedCount;
  }

  /** How many phones have joined (been given the room key) since the room opened. */
  get joined(): number {
    return this.joinedIds.size;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  get shown(): SealedState {
    return this.state;
  }

  get participantNames(): ReadonlyMap<string, string> {
    return this.names;
  }

  private log(message: string) {
    (this.events.log ?? ((m: string) => console.warn(`Live room: ${m}`)))(message);
  }

  private problem(message: string) {
    this.log(message);
    this.events.onProblem?.(message);
  }

  private connect(makeTransport: MakeTransport) {
    const transport = makeTransport(
      { room: this.room, token: this.created.facilitatorToken, role: 'facilitator' },
      (status, detail) => {
        this.events.onStatus?.(status, detail);
        if (status !== 'connected') return;
        this.replaying = true;
        // A relay that never says `replayed` (its store failing) must not leave phones unwelcomed for good.
        clearTimeout(this.replayTimer);
        this.replayTimer = setTimeout(() => {
          if (!this.replaying) return;
          this.replaying = false;
          this.log('the relay did not finish replaying the room within 30 s');
        }, 30_000);
        // Phones resend any vote not yet acknowledged when they see the state again.
        this.inOrder(() => this.broadcast());
        if (this.locked) transport.send('lock', { locked: true });
      },
    );
    this.transport = transport;
    transport.on('lobby', (raw) => {
      const m = lobbyMessage.safeParse(raw);
      if (!m.success) return this.log('a malformed lobby message was ignored');
      if (m.data.locked !== undefined) this.locked = m.data.locked;
      this.events.onLobby?.(m.data.count, this.locked);
    });
    transport.on('hello', (raw) => {
      const m = relayedFromParticipant.safeParse(raw);
      if (m.success) this.inOrder(() => this.welcome(m.data));
      else this.log('a malformed hello was ignored');
    });
    transport.on('vote', (raw) => {
      const m = relayedFromParticipant.safeParse(raw);
      if (m.success) this.inOrder(() => this.count(m.data));
      else
        this.inOrder(async () => {
          this.log('a malformed vote was counted as excluded');
          this.exclude();
        });
    });
    transport.on('replayed', (raw) =>
      this.inOrder(async () => {
        if (!replayedMessage.safeParse(raw).success)
          return this.log('a malformed replayed message was ignored');
        this.replaying = false;
        clearTimeout(this.replayTimer);
        this.events.onReplayed?.();
      }),
    );
    transport.on('refused', (raw) => {
      const m = refusedMessage.safeParse(raw);
      const reason = m.success ? `${m.data.event ?? 'a message'}: ${m.data.reason ?? 'no reason given'}` : '';
      this.problem(`The relay refused ${reason || 'a message'}.`);
    });
  }

  /**
   * Opening a message is asynchronous (key derivation, decryption): messages are handled one after
   * another in the order they arrived, so a re-vote is always seen after the vote it replaces. A task that
   * fails is reported, never dropped in silence, and the queue goes on.
   */
  private queue: Promise<unknown> = Promise.resolve();
  private inOrder(task: () => Promise<unknown>) {
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) => this.problem(`A message could not be handled: ${errorText(error)}`));
  }

  /** Resolves once every message received so far has been handled. */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private exclude() {
    this.excludedCount += 1;
    this.events.onBallots?.(this.ballots, 'excluded');
    this.events.onChange?.();
  }

  private async pairFor(participant: string, key: string): Promise<CryptoKey | undefined> {
    const known = this.pairs.get(`${participant} ${key}`);
    if (known) return known;
    try {
      const pair = await pairKey(this.privateKey, await importPublicKey(key), this.room);
      this.pairs.set(`${participant} ${key}`, pair);
      return pair;
    } catch {
      return undefined;
    }
  }

  private async welcome(m: Relayed) {
    const pair = await this.pairFor(m.participant, m.key);
    const hello = pair
      ? sealedHello.safeParse(await open(pair, sealContext.hello(this.room, m.participant), m.sealed))
      : undefined;
    if (!pair || !hello?.success) return this.log('a hello that would not open was ignored');
    if (hello.data.name && this.names.get(m.participant) !== hello.data.name) {
      this.names.set(m.participant, hello.data.name);
      this.events.onName?.(m.participant, hello.data.name);
    }
    // A replayed hello from a phone already welcomed under this key: it has the room key (which never
    // changes). Outside a replay a hello is always answered: the phone asks because it lacks the key.
    const pairId = `${m.participant} ${m.key}`;
    if (this.replaying && this.welcomed.has(pairId)) return;
    const sealed = await seal(pair, sealContext.welcome(this.room, m.participant), {
      kind: 'welcome',
      roomKey: this.roomKey.raw,
      state: this.state,
    });
    this.transport?.send('welcome', { to: m.participant, sealed });
    if (!this.welcomed.has(pairId)) {
      this.welcomed.add(pairId);
      this.joinedIds.add(m.participant);
      this.events.onChange?.();
    }
  }

  private async count(m: Relayed) {
    const pair = await this.pairFor(m.participant, m.key);
    const vote = pair
      ? sealedVote.safeParse(await open(pair, sealContext.vote(this.room, m.participant), m.sealed))
      : undefined;
    if (!vote?.success) {
      this.log('a vote that would not open was counted as excluded');
      return this.exclude();
    }
    const question = this.state.question;
    const validValues: RatingValue[] =
      question && question.questionId === vote.data.questionId
        ? question.options.map((o) => o.value)
        : [0, 1, 2, 3, 4, 'dontKnow'];
    const openQuestionId = this.state.open ? (question?.questionId ?? null) : null;
    const result = castVote(
      this.ballots,
      {
        participant: m.participant,
        questionId: vote.data.questionId,
        value: vote.data.value,
        seq: vote.data.seq,
      },
      { openQuestionId, validValues },
    );
    this.ballots = result.ballots;
    if (result.outcome === 'excluded') this.excludedCount += 1;
    this.events.onBallots?.(this.ballots, result.outcome);
    if (result.outcome !== 'stale') this.events.onChange?.();
    if (result.outcome === 'excluded') return;
    // A replayed vote already counted before the reload is acknowledged only for the open question (the
    // one phones wait on); a phone still waiting on another resends it, and that resend is acknowledged.
    if (result.outcome === 'stale' && this.replaying && vote.data.questionId !== openQuestionId) return;
    const ack = await seal(this.roomKey.key, sealContext.ack(this.room, m.participant), {
      kind: 'ack',
      questionId: vote.data.questionId,
      seq: vote.data.seq,
    });
    this.transport?.send('ack', { to: m.participant, sealed: ack });
  }

  private async broadcast() {
    if (!this.transport?.connected || this.ended) return;
    const sealed = await seal(this.roomKey.key, sealContext.state(this.room), this.state);
    this.transport.send('state', { sealed });
  }

  /**
   * Shows a question on every phone (or none), open for votes, results hidden. Asking the same question
   * again re-sends it: phones resend a vote not yet acknowledged.
   */
  async ask(question: SealedState['question']): Promise<void> {
    this.state = {
      kind: 'state',
      version: this.state.version + 1,
      question,
      open: question !== null,
      revealed: null,
    };
    this.events.onChange?.();
    await this.broadcast();
  }

  /** Closes voting and shows the spread on the phones too. */
  async reveal(revealed: NonNullable<SealedState['revealed']>): Promise<void> {
    this.state = { ...this.state, version: this.state.version + 1, open: false, revealed };
    this.events.onChange?.();
    await this.broadcast();
  }

  /** While locked, the relay admits only phones that have joined before. */
  lock(locked: boolean): void {
    this.locked = locked;
    this.transport?.send('lock', { locked });
    this.events.onChange?.();
  }

  /**
   * Ends the room for everyone: the relay tells every phone, then forgets the room. Resolves once the relay
   * has confirmed it (a dropped connection is waited for); rejects if it has not within `timeoutMs`, and the
   * room then runs on until it expires. The connection is closed either way. Sending `end` and closing at
   * once could lose it: the clean-clone CI saw a relay never hear of it, and every phone left waiting.
   */
  async end(timeoutMs = 15_000): Promise<void> {
    this.ended = true;
    clearTimeout(this.replayTimer);
    try {
      await this.transport?.request('end', {}, timeoutMs);
    } finally {
      this.transport?.close();
    }
  }

  get currentBallots(): ReadonlyMap<string, Ballot> {
    return this.ballots;
  }

  close(): void {
    clearTimeout(this.replayTimer);
    this.transport?.close();
  }
}
