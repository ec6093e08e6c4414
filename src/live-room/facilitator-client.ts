import { io, type Socket } from 'socket.io-client';
import { type CreatedRoom, createdRoom, type SealedState, sealedHello, sealedVote } from './protocol';
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

export interface FacilitatorEvents {
  readonly onLobby?: (count: number) => void;
  readonly onBallots?: (ballots: ReadonlyMap<string, Ballot>, outcome: CountOutcome) => void;
  readonly onName?: (participant: string, name: string) => void;
  readonly onStatus?: (status: 'connected' | 'disconnected' | 'refused', detail?: string) => void;
}

/**
 * The facilitator's end of a live room: creates the room on the relay, welcomes each phone with the
 * room key sealed to it, shows the question, and counts the sealed votes only it can open.
 */
export class FacilitatorClient {
  private socket: Socket | undefined;
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

  static async create(relayUrl: string, events: FacilitatorEvents = {}): Promise<FacilitatorClient> {
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
    client.connect();
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

  private connect() {
    const socket = io(this.relayUrl, {
      transports: ['websocket'],
      auth: { room: this.room, token: this.created.facilitatorToken, role: 'facilitator' },
      reconnectionDelay: 300,
      reconnectionDelayMax: 2000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.events.onStatus?.('connected');
      void this.broadcast();
    });
    socket.on('disconnect', () => this.events.onStatus?.('disconnected'));
    socket.on('connect_error', (error) => this.events.onStatus?.('refused', error.message));
    socket.on('lobby', (m: { count: number }) => this.events.onLobby?.(m.count));
    socket.on(
      'hello',
      (m: { participant: string; key: string; sealed: { iv: string; data: string } }) => void this.welcome(m),
    );
    socket.on(
      'vote',
      (m: { participant: string; key: string; sealed: { iv: string; data: string } }) => void this.count(m),
    );
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
    this.socket?.emit('welcome', { to: m.participant, sealed });
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
    if (!this.socket?.connected) return;
    const sealed = await seal(this.roomKey.key, sealContext.state(this.room), this.state);
    this.socket.emit('state', { sealed });
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
    this.socket?.close();
  }
}
