import {
  endedMessage,
  type HandshakeAuth,
  relayedSealed,
  type SealedState,
  sealedAck,
  sealedState,
  sealedWelcome,
} from './protocol';
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
  /** The facilitator has counted this phone's latest vote on the question (its sealed acknowledgement). */
  readonly onCounted?: (questionId: string, value: RatingValue) => void;
  /** The facilitator ended the room. */
  readonly onEnded?: () => void;
  /** How messages travel; the relay unless another transport is given. */
  readonly transport?: (
    auth: HandshakeAuth,
    onStatus: (status: TransportStatus, detail?: string) => void,
  ) => Transport;
}

/**
 * A phone in the live room: seals each vote to the facilitator, opens what the facilitator shows, and
 * keeps its latest vote on each question until the facilitator acknowledges it (sealed with the room key,
 * so the relay cannot fake it). Until then it resends: on every reconnect, and whenever the facilitator
 * shows the question again (after its own reconnect, or "Ask again"). Counting is an upsert, so nothing
 * counts twice.
 */
export class ParticipantClient {
  readonly participant: string;
  private transport: Transport | undefined;
  private pair: CryptoKey | undefined;
  private publicKey = '';
  private roomKey: CryptoKey | undefined;
  private seq = 0;
  private readonly latest = new Map<string, { value: RatingValue; seq: number; counted: boolean }>();
  private shownVersion = -1;
  private ended = false;
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
        void this.hello().then(() => this.resend());
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
      void this.resend(opened.data.state.open ? opened.data.state.question?.questionId : undefined);
      if (this.pending) await this.openState(this.pending);
      this.pending = undefined;
    });
    transport.on('state', async (raw) => {
      const message = relayedSealed.safeParse(raw);
      if (!message.success) return;
      if (!this.roomKey) this.pending = message.data.sealed;
      else await this.openState(message.data.sealed);
    });
    transport.on('ack', async (raw) => {
      const message = relayedSealed.safeParse(raw);
      if (!this.roomKey || !message.success) return;
      const ack = sealedAck.safeParse(
        await open(this.roomKey, sealContext.ack(room, this.participant), message.data.sealed),
      );
      if (!ack.success) return;
      const vote = this.latest.get(ack.data.questionId);
      if (!vote || vote.counted || ack.data.seq < vote.seq) return;
      vote.counted = true;
      this.options.onCounted?.(ack.data.questionId, vote.value);
    });
    transport.on('ended', (raw) => {
      if (!endedMessage.safeParse(raw).success) return;
      this.ended = true;
      transport.close();
      this.options.onEnded?.();
    });
  }

  /** Resends the latest vote on each question (or on one) that the facilitator has not acknowledged. */
  private async resend(questionId?: string) {
    for (const [id, vote] of this.latest)
      if (!vote.counted && (questionId === undefined || id === questionId))
        await this.send(id, vote.value, vote.seq);
  }

  /** Whether the facilitator has acknowledged the latest vote on this question. */
  counted(questionId: string): boolean {
    return this.latest.get(questionId)?.counted ?? false;
  }

  private async openState(sealed: { iv: string; data: string }) {
    if (!this.roomKey) return;
    const opened = sealedState.safeParse(
      await open(this.roomKey, sealContext.state(this.options.room), sealed),
    );
    if (!opened.success) return;
    const fresh = opened.data.version >= this.shownVersion;
    this.show(opened.data);
    // The facilitator shows the question again after its own reconnect or "Ask again": resend what it lacks.
    if (fresh && opened.data.open && opened.data.question) await this.resend(opened.data.question.questionId);
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
    if (!this.pair || !this.transport?.connected || this.ended) return;
    const sealed = await seal(this.pair, sealContext.vote(this.options.room, this.participant), {
      kind: 'vote',
      questionId,
      value,
      seq,
    });
    this.transport.send('vote', { key: this.publicKey, sealed });
  }

  /** Votes (or re-votes) on a question; kept to resend until the facilitator acknowledges it. */
  async vote(questionId: string, value: RatingValue): Promise<void> {
    // From the clock, so a vote after this page is reloaded still outranks the ones sent before.
    this.seq = Math.max(this.seq + 1, Date.now());
    this.latest.set(questionId, { value, seq: this.seq, counted: false });
    await this.send(questionId, value, this.seq);
  }

  close(): void {
    this.transport?.close();
  }
}
