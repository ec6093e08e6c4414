import {
  type CreatedRoom,
  createdRoom,
  type HandshakeAuth,
  lobbyMessage,
  relayedFromParticipant,
  type SealedState,
  sealedHello,
  sealedVote,
} from './protocol';
import { relayTransport } from './relay-transport';
import {
  exportPublicKey,
  importPublicKey,
  newKeyPair,
  newRoomKey,
  open,
  pairKey,
  seal,
  sealContext,
} from './room-crypto';
import { type Ballot, type CountOutcome, castVote, type RatingValue } from './tally';
import type { Transport, TransportStatus } from './transport';

export interface FacilitatorEvents {
  readonly onLobby?: (count: number) => void;
  readonly onBallots?: (ballots: ReadonlyMap<string, Ballot>, outcome: CountOutcome) => void;
  readonly onName?: (participant: string, name: string) => void;
  readonly onStatus?: (status: TransportStatus, detail?: string) => void;
}

/**
 * The facilitator's end of a live room: creates the room on the relay, welcomes each phone with the
 * room key sealed to it, shows the question, and counts the sealed votes only it can open.
 */
export class FacilitatorClient {
  private transport: Transport | undefined;
  private ballots = new Map<string, Ballot>();
  private excludedCount = 0;
  private readonly pairs = new Map<string, CryptoKey>();
  private state: SealedState = { kind: 'state', version: 0, question: null, open: false, revealed: null };

  private constructor(
    readonly relayUrl: string,
    readonly created: CreatedRoom,
    readonly publicKey: string,
    private readonly privateKey: CryptoKey,
    private readonly roomKey: { key: CryptoKey; raw: string },
    private readonly events: FacilitatorEvents,
  ) {}

  static async create(
    relayUrl: string,
    events: FacilitatorEvents = {},
    makeTransport: (
      auth: HandshakeAuth,
      onStatus: (status: TransportStatus, detail?: string) => void,
    ) => Transport = (auth, onStatus) => relayTransport(relayUrl, auth, onStatus),
  ): Promise<FacilitatorClient> {
    const keys = await newKeyPair();
    const publicKey = await exportPublicKey(keys.publicKey);
    const response = await fetch(new URL('/api/rooms', relayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: publicKey }),
    });
    if (!response.ok) throw new Error(`The relay would not open a room (${response.status}).`);
    const created = createdRoom.parse(await response.json());
    const client = new FacilitatorClient(
      relayUrl,
      created,
      publicKey,
      keys.privateKey,
      await newRoomKey(),
      events,
    );
    client.connect(makeTransport);
    return client;
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

  private connect(
    makeTransport: (
      auth: HandshakeAuth,
      onStatus: (status: TransportStatus, detail?: string) => void,
    ) => Transport,
  ) {
    const transport = makeTransport(
      { room: this.room, token: this.created.facilitatorToken, role: 'facilitator' },
      (status, detail) => {
        this.events.onStatus?.(status, detail);
        if (status === 'connected') void this.broadcast();
      },
    );
    this.transport = transport;
    transport.on('lobby', (raw) => {
      const m = lobbyMessage.safeParse(raw);
      if (m.success) this.events.onLobby?.(m.data.count);
    });
    transport.on('hello', (raw) => {
      const m = relayedFromParticipant.safeParse(raw);
      if (m.success) this.inOrder(() => this.welcome(m.data));
    });
    transport.on('vote', (raw) => {
      const m = relayedFromParticipant.safeParse(raw);
      if (m.success) this.inOrder(() => this.count(m.data));
      else {
        this.excludedCount += 1;
        this.events.onBallots?.(this.ballots, 'excluded');
      }
    });
  }

  /**
   * Opening a message is asynchronous (key derivation, decryption): messages are handled one after
   * another in the order they arrived, so a re-vote is always seen after the vote it replaces.
   */
  private queue: Promise<unknown> = Promise.resolve();
  private inOrder(task: () => Promise<unknown>) {
    this.queue = this.queue.then(task).catch(() => undefined);
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

  private async welcome(m: { participant: string; key: string; sealed: { iv: string; data: string } }) {
    const pair = await this.pairFor(m.participant, m.key);
    if (!pair) return;
    const hello = sealedHello.safeParse(
      await open(pair, sealContext.hello(this.room, m.participant), m.sealed),
    );
    if (!hello.success) return;
    if (hello.data.name) this.events.onName?.(m.participant, hello.data.name);
    const sealed = await seal(pair, sealContext.welcome(this.room, m.participant), {
      kind: 'welcome',
      roomKey: this.roomKey.raw,
      state: this.state,
    });
    this.transport?.send('welcome', { to: m.participant, sealed });
  }

  private async count(m: { participant: string; key: string; sealed: { iv: string; data: string } }) {
    const pair = await this.pairFor(m.participant, m.key);
    const vote = pair
      ? sealedVote.safeParse(await open(pair, sealContext.vote(this.room, m.participant), m.sealed))
      : undefined;
    if (!vote?.success) {
      this.excludedCount += 1;
      this.events.onBallots?.(this.ballots, 'excluded');
      return;
    }
    const question = this.state.question;
    const validValues: RatingValue[] =
      question && question.questionId === vote.data.questionId
        ? question.options.map((o) => o.value)
        : [0, 1, 2, 3, 4, 'dontKnow'];
    const result = castVote(
      this.ballots,
      {
        participant: m.participant,
        questionId: vote.data.questionId,
        value: vote.data.value,
        seq: vote.data.seq,
      },
      { openQuestionId: this.state.open ? (question?.questionId ?? null) : null, validValues },
    );
    this.ballots = result.ballots;
    if (result.outcome === 'excluded') this.excludedCount += 1;
    this.events.onBallots?.(this.ballots, result.outcome);
  }

  private async broadcast() {
    if (!this.transport?.connected) return;
    const sealed = await seal(this.roomKey.key, sealContext.state(this.room), this.state);
    this.transport.send('state', { sealed });
  }

  /** Shows a question on every phone (or none), open for votes, results hidden. */
  async ask(question: SealedState['question']): Promise<void> {
    this.state = {
      kind: 'state',
      version: this.state.version + 1,
      question,
      open: question !== null,
      revealed: null,
    };
    await this.broadcast();
  }

  /** Closes voting and shows the spread on the phones too. */
  async reveal(revealed: NonNullable<SealedState['revealed']>): Promise<void> {
    this.state = { ...this.state, version: this.state.version + 1, open: false, revealed };
    await this.broadcast();
  }

  get currentBallots(): ReadonlyMap<string, Ballot> {
    return this.ballots;
  }

  close(): void {
    this.transport?.close();
  }
}
