import { io, type Socket } from 'socket.io-client';
import { type SealedState, sealedState, sealedWelcome } from './protocol';
import {
  exportPublicKey,
  importPublicKey,
  importRoomKey,
  newKeyPair,
  open,
  pairKey,
  randomId,
  seal,
  sealContext,
} from './room-crypto';
import type { RatingValue } from './tally';

export interface ParticipantOptions {
  readonly relayUrl: string;
  readonly room: string;
  readonly token: string;
  /** The facilitator's public key: from the join link, or looked up by code. */
  readonly facilitatorKey: string;
  /** Kept on the device so a reload or reconnect is the same participant. */
  readonly participant?: string;
  /** Shown to the facilitator only, if the participant chooses to give it. */
  readonly name?: string;
  readonly onState: (state: SealedState) => void;
  readonly onStatus?: (
    status: 'connecting' | 'connected' | 'disconnected' | 'refused',
    detail?: string,
  ) => void;
}

/**
 * A phone in the live room: seals each vote to the facilitator, opens what the facilitator shows, and on
 * every reconnect says hello again and resends its latest votes (counting is an upsert, so nothing
 * counts twice).
 */
export class ParticipantClient {
  readonly participant: string;
  private socket: Socket | undefined;
  private pair: CryptoKey | undefined;
  private publicKey = '';
  private roomKey: CryptoKey | undefined;
  private seq = 0;
  private readonly latest = new Map<string, { value: RatingValue; seq: number }>();
  private shownVersion = -1;
  /** A state broadcast that came before this phone had the room key: opened once the key arrives. */
  private pending: { iv: string; data: string } | undefined;

  constructor(private readonly options: ParticipantOptions) {
    this.participant = options.participant ?? randomId();
  }

  async start(): Promise<void> {
    const { room } = this.options;
    const own = await newKeyPair();
    this.publicKey = await exportPublicKey(own.publicKey);
    this.pair = await pairKey(own.privateKey, await importPublicKey(this.options.facilitatorKey), room);
    this.options.onStatus?.('connecting');
    const socket = io(this.options.relayUrl, {
      transports: ['websocket'],
      auth: { room, token: this.options.token, role: 'participant', participant: this.participant },
      reconnectionDelay: 300,
      reconnectionDelayMax: 2000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.options.onStatus?.('connected');
      void this.hello();
      for (const [questionId, vote] of this.latest) void this.send(questionId, vote.value, vote.seq);
    });
    socket.on('disconnect', () => this.options.onStatus?.('disconnected'));
    socket.on('connect_error', (error) => this.options.onStatus?.('refused', error.message));
    socket.on('welcome', async (message: { sealed: { iv: string; data: string } }) => {
      if (!this.pair) return;
      const opened = sealedWelcome.safeParse(
        await open(this.pair, sealContext.welcome(room, this.participant), message.sealed),
      );
      if (!opened.success) return;
      this.roomKey = await importRoomKey(opened.data.roomKey);
      this.show(opened.data.state);
      if (this.pending) await this.openState(this.pending);
      this.pending = undefined;
    });
    socket.on('state', async (message: { sealed: { iv: string; data: string } }) => {
      if (!this.roomKey) this.pending = message.sealed;
      else await this.openState(message.sealed);
    });
  }

  private async openState(sealed: { iv: string; data: string }) {
    if (!this.roomKey) return;
    const opened = sealedState.safeParse(
      await open(this.roomKey, sealContext.state(this.options.room), sealed),
    );
    if (opened.success) this.show(opened.data);
  }

  private show(state: SealedState) {
    if (state.version < this.shownVersion) return;
    this.shownVersion = state.version;
    this.options.onState(state);
  }

  private async hello() {
    if (!this.pair || !this.socket) return;
    const sealed = await seal(this.pair, sealContext.hello(this.options.room, this.participant), {
      kind: 'hello',
      ...(this.options.name ? { name: this.options.name } : {}),
    });
    this.socket.emit('hello', { key: this.publicKey, sealed });
  }

  private async send(questionId: string, value: RatingValue, seq: number) {
    if (!this.pair || !this.socket?.connected) return;
    const sealed = await seal(this.pair, sealContext.vote(this.options.room, this.participant), {
      kind: 'vote',
      questionId,
      value,
      seq,
    });
    this.socket.emit('vote', { key: this.publicKey, sealed });
  }

  /** Votes (or re-votes) on a question; kept to resend after a reconnect. */
  async vote(questionId: string, value: RatingValue): Promise<void> {
    this.seq += 1;
    this.latest.set(questionId, { value, seq: this.seq });
    await this.send(questionId, value, this.seq);
  }

  close(): void {
    this.socket?.close();
  }
}
