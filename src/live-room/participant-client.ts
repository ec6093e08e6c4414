import { type HandshakeAuth, relayedSealed, type SealedState, sealedState, sealedWelcome } from './protocol';
import { relayTransport } from './relay-transport';
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
import type { Transport, TransportStatus } from './transport';

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
  readonly onStatus?: (status: TransportStatus, detail?: string) => void;
  /** How messages travel; the relay unless another transport is given. */
  readonly transport?: (
    auth: HandshakeAuth,
    onStatus: (status: TransportStatus, detail?: string) => void,
  ) => Transport;
}

/**
 * A phone in the live room: seals each vote to the facilitator, opens what the facilitator shows, and on
 * every reconnect says hello again and resends its latest votes (counting is an upsert, so nothing
 * counts twice).
 */
export class ParticipantClient {
  readonly participant: string;
  private transport: Transport | undefined;
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
    const connect =
      this.options.transport ?? ((auth, onStatus) => relayTransport(this.options.relayUrl, auth, onStatus));
    const transport = connect(
      { room, token: this.options.token, role: 'participant', participant: this.participant },
      (status, detail) => {
        this.options.onStatus?.(status, detail);
        if (status !== 'connected') return;
        void this.hello();
        for (const [questionId, vote] of this.latest) void this.send(questionId, vote.value, vote.seq);
      },
    );
    this.transport = transport;
    transport.on('welcome', async (raw) => {
      const message = relayedSealed.safeParse(raw);
      if (!this.pair || !message.success) return;
      const opened = sealedWelcome.safeParse(
        await open(this.pair, sealContext.welcome(room, this.participant), message.data.sealed),
      );
      if (!opened.success) return;
      this.roomKey = await importRoomKey(opened.data.roomKey);
      this.show(opened.data.state);
      if (this.pending) await this.openState(this.pending);
      this.pending = undefined;
    });
    transport.on('state', async (raw) => {
      const message = relayedSealed.safeParse(raw);
      if (!message.success) return;
      if (!this.roomKey) this.pending = message.data.sealed;
      else await this.openState(message.data.sealed);
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
    if (!this.pair || !this.transport) return;
    const sealed = await seal(this.pair, sealContext.hello(this.options.room, this.participant), {
      kind: 'hello',
      ...(this.options.name ? { name: this.options.name } : {}),
    });
    this.transport.send('hello', { key: this.publicKey, sealed });
  }

  private async send(questionId: string, value: RatingValue, seq: number) {
    if (!this.pair || !this.transport?.connected) return;
    const sealed = await seal(this.pair, sealContext.vote(this.options.room, this.participant), {
      kind: 'vote',
      questionId,
      value,
      seq,
    });
    this.transport.send('vote', { key: this.publicKey, sealed });
  }

  /** Votes (or re-votes) on a question; kept to resend after a reconnect. */
  async vote(questionId: string, value: RatingValue): Promise<void> {
    this.seq += 1;
    this.latest.set(questionId, { value, seq: this.seq });
    await this.send(questionId, value, this.seq);
  }

  close(): void {
    this.transport?.close();
  }
}
