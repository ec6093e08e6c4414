import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FacilitatorClient } from '@/live-room/facilitator-client';
import { hasWebCrypto, keyFingerprint } from '@/live-room/room-crypto';
import { type Ballot, type Distribution, distribution } from '@/live-room/tally';
import type { WorkshopRatings } from '@/schema/assessment-schema';
import { phoneQuestion } from './phone-question';

/** What the projector shows of the room: how to join, how many are in, and the spread once revealed. */
export interface LiveView {
  readonly code: string;
  readonly joinLink: string;
  readonly fingerprint: string;
  readonly count: number;
  readonly asking?: { readonly questionId: string; readonly title: string; readonly votes: number };
  readonly revealed?: {
    readonly questionId: string;
    readonly title: string;
    readonly counts: readonly { readonly label: string; readonly count: number }[];
    readonly total: number;
    readonly late: number;
    readonly excluded: number;
    readonly disagreement: boolean;
  };
}

export const relayOrigin = () => import.meta.env.VITE_RELAY_ORIGIN || window.location.origin;

/**
 * The facilitator's live room: opened on request only (presenting works without it), counting sealed
 * votes in this browser. Keeps each revealed distribution and agreed rating for the workshop outcome.
 */
export function useLiveRoom() {
  const client = useRef<FacilitatorClient | undefined>(undefined);
  const [problem, setProblem] = useState<string>();
  const [view, setView] = useState<LiveView>();
  const [connected, setConnected] = useState(false);
  const [ballots, setBallots] = useState<ReadonlyMap<string, Ballot>>(new Map());
  const [excluded, setExcluded] = useState(0);
  const [asking, setAsking] = useState<string>();
  /** Re-votes on the open question: people changing their minds is worth seeing before the reveal. */
  const [changed, setChanged] = useState(0);
  const [ratings, setRatings] = useState<WorkshopRatings['ratings']>({});
  /** Names people chose to show to the facilitator only; never sent on to the projector or saved. */
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => () => client.current?.close(), []);

  const start = useCallback(async () => {
    setProblem(undefined);
    if (!window.isSecureContext || !hasWebCrypto()) {
      setProblem(
        'A live room needs a secure page (https, or this computer as localhost) to seal the votes. Open the app over https, or present without the room.',
      );
      return;
    }
    try {
      // The socket client and the message schemas load only when a room is started.
      const { FacilitatorClient } = await import('@/live-room/facilitator-client');
      const room = await FacilitatorClient.create(relayOrigin(), {
        onLobby: (count) => setView((v) => (v ? { ...v, count } : v)),
        onBallots: (b, outcome) => {
          if (outcome === 'replaced') setChanged((n) => n + 1);
          setBallots(new Map(b));
          setExcluded(client.current?.excluded ?? 0);
        },
        onStatus: (status) => setConnected(status === 'connected'),
        onName: (participant, name) => setNames((n) => new Map(n).set(participant, name)),
      });
      client.current = room;
      setView({
        code: room.room,
        joinLink: room.joinLink(window.location.origin),
        fingerprint: await keyFingerprint(room.publicKey),
        count: 0,
      });
    } catch {
      setProblem(
        `No live-room relay answered at ${relayOrigin()}. Start one with "npm run room" (see the README), or go on presenting without the room: nothing else changes.`,
      );
    }
  }, []);

  const distributionOf = useCallback(
    (questionId: string): Distribution | undefined => {
      const question = phoneQuestion(questionId);
      if (!question) return undefined;
      return distribution(
        ballots,
        questionId,
        question.options.map((o) => o.value),
        excluded,
      );
    },
    [ballots, excluded],
  );

  const ask = useCallback(async (questionId: string) => {
    const question = phoneQuestion(questionId);
    if (!client.current || !question) return;
    setAsking(questionId);
    setChanged(0);
    setView((v) =>
      v ? { ...v, asking: { questionId, title: question.title, votes: 0 }, revealed: undefined } : v,
    );
    await client.current.ask(question);
  }, []);

  const reveal = useCallback(async () => {
    const question = asking ? phoneQuestion(asking) : null;
    const d = asking ? distributionOf(asking) : undefined;
    if (!client.current || !question || !d) return;
    const counts = d.counts.map((c) => ({
      label: question.options.find((o) => o.value === c.value)?.label ?? String(c.value),
      count: c.count,
    }));
    await client.current.reveal({ counts, total: d.total });
    setView((v) =>
      v
        ? {
            ...v,
            asking: undefined,
            revealed: {
              questionId: question.questionId,
              title: question.title,
              counts,
              total: d.total,
              late: d.late,
              excluded: d.excluded,
              disagreement: d.disagreement,
            },
          }
        : v,
    );
    setRatings((r) => ({
      ...r,
      [question.questionId]: {
        counts: d.counts.map((c) => ({ value: c.value, count: c.count })),
        total: d.total,
        late: d.late,
        excluded: d.excluded,
        ...(r[question.questionId]?.agreed !== undefined ? { agreed: r[question.questionId]?.agreed } : {}),
      },
    }));
    setAsking(undefined);
  }, [asking, distributionOf]);

  const agree = useCallback((questionId: string, value: number | 'dontKnow') => {
    setRatings((r) => {
      const existing = r[questionId];
      return existing ? { ...r, [questionId]: { ...existing, agreed: value } } : r;
    });
  }, []);

  const stop = useCallback(() => {
    client.current?.close();
    client.current = undefined;
    setView(undefined);
    setAsking(undefined);
  }, []);

  // Memoised: the projector's copy is sent on each change, so a new object every render would loop.
  const liveView: LiveView | undefined = useMemo(
    () =>
      view && asking && view.asking
        ? { ...view, asking: { ...view.asking, votes: distributionOf(asking)?.total ?? 0 } }
        : view,
    [view, asking, distributionOf],
  );

  return {
    problem,
    view: liveView,
    connected,
    asking,
    changed,
    ratings,
    names: [...new Set(names.values())].sort(),
    start,
    ask,
    reveal,
    agree,
    stop,
    distributionOf,
  };
}
