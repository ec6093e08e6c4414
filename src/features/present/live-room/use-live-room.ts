import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FacilitatorClient, FacilitatorEvents } from '@/live-room/facilitator-client';
import { hasWebCrypto, keyFingerprint } from '@/live-room/room-crypto';
import { type Ballot, type Distribution, distribution } from '@/live-room/tally';
import type { WorkshopRatings } from '@/schema/assessment-schema';
import { phoneOrigin } from './phone-origin';
import { phoneQuestion } from './phone-question';
import { forgetRoom, loadRoom, type SavedRoom, saveRoom } from './room-storage';

/** What the projector shows of the room: how to join, how many are in, and the spread once revealed. */
export interface LiveView {
  readonly code: string;
  readonly joinLink: string;
  readonly fingerprint: string;
  readonly count: number;
  /** Closed to new phones: the projector stops showing how to join. */
  readonly locked: boolean;
  readonly asking?: { readonly questionId: string; readonly title: string; readonly votes: number };
  readonly revealed?: NonNullable<SavedRoom['revealed']>;
}

/** A failure sending to the phones, said in the panel rather than lost in the console. */
const shown = (setProblem: (text: string) => void) => (error: unknown) =>
  setProblem(`The phones could not be updated: ${error instanceof Error ? error.message : String(error)}`);

export const relayOrigin = () => import.meta.env.VITE_RELAY_ORIGIN || window.location.origin;

/**
 * The facilitator's live room: opened on request only (presenting works without it), counting sealed
 * votes in this browser. Keeps each revealed distribution and agreed rating for the workshop outcome, and
 * the whole room in sessionStorage, so a page reload resumes the same room with the phones still in it.
 */
export function useLiveRoom() {
  const client = useRef<FacilitatorClient | undefined>(undefined);
  const [problem, setProblem] = useState<string>();
  const [view, setView] = useState<Omit<LiveView, 'asking'>>();
  const [connected, setConnected] = useState(false);
  const [ballots, setBallots] = useState<ReadonlyMap<string, Ballot>>(new Map());
  const [excluded, setExcluded] = useState(0);
  const [asking, setAsking] = useState<string>();
  const [joined, setJoined] = useState(0);
  /** Re-votes on the open question: people changing their minds is worth seeing before the reveal. */
  const [changed, setChanged] = useState(0);
  const [ratings, setRatings] = useState<WorkshopRatings['ratings']>({});
  /** Names people chose to show to the facilitator only; never sent on to the projector or saved. */
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const origin = useRef('');
  const latest = useRef({ view, ratings });
  latest.current = { view, ratings };

  /** Saves the room for a reload at once (the relay replays anything newer, so a little behind is safe). */
  const saveNow = useCallback(() => {
    const room = client.current;
    if (!room) return;
    const { view: v, ratings: r } = latest.current;
    const kept = saveRoom({
      client: room.snapshot(),
      phoneOrigin: origin.current,
      ...(v?.revealed ? { revealed: v.revealed } : {}),
      ratings: r,
    });
    if (!kept) setProblem('This browser would not keep the room: a page reload would end it for the phones.');
  }, []);
  /** Votes change the room many times a second in a big room: saved at most four times a second. */
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const save = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      saveNow();
    }, 250);
  }, [saveNow]);
  useEffect(() => {
    window.addEventListener('pagehide', saveNow);
    return () => window.removeEventListener('pagehide', saveNow);
  }, [saveNow]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when what the presenter shows changes (read through `latest`).
  useEffect(() => {
    if (client.current) saveNow();
  }, [saveNow, view?.revealed, view?.locked, ratings]);

  const events: FacilitatorEvents = useMemo(
    () => ({
      onLobby: (count, locked) => setView((v) => (v ? { ...v, count, locked } : v)),
      onBallots: (b, outcome) => {
        if (outcome === 'replaced') setChanged((n) => n + 1);
        setBallots(new Map(b));
        setExcluded(client.current?.excluded ?? 0);
      },
      onStatus: (status, detail) => {
        setConnected(status === 'connected');
        if (status === 'refused')
          setProblem(`The relay refused this room: ${detail ?? 'no reason given'}. Start a new live room.`);
      },
      onName: (participant, name) => setNames((n) => new Map(n).set(participant, name)),
      onProblem: setProblem,
      onChange: () => {
        setJoined(client.current?.joined ?? 0);
        save();
      },
    }),
    [save],
  );

  const opened = useCallback(async (room: FacilitatorClient, phones: string, saved?: SavedRoom) => {
    client.current = room;
    origin.current = phones;
    const shown = room.shown;
    setBallots(new Map(room.currentBallots));
    setExcluded(room.excluded);
    setJoined(room.joined);
    setNames(new Map(room.participantNames));
    setAsking(shown.open && shown.question ? shown.question.questionId : undefined);
    if (saved) setRatings(saved.ratings);
    setView({
      code: room.room,
      joinLink: room.joinLink(phones),
      fingerprint: await keyFingerprint(room.publicKey),
      count: 0,
      locked: room.isLocked,
      ...(saved?.revealed ? { revealed: saved.revealed } : {}),
    });
  }, []);

  // A room this tab had before a reload: resumed with the same tokens and keys, so phones stay in it.
  useEffect(() => {
    const saved = loadRoom();
    let cancelled = false;
    if (saved && hasWebCrypto())
      void (async () => {
        const { FacilitatorClient } = await import('@/live-room/facilitator-client');
        if (cancelled) return;
        if (!FacilitatorClient.resumable(saved.client)) return forgetRoom();
        const room = await FacilitatorClient.resume(saved.client, events);
        if (cancelled) return room.close();
        await opened(room, saved.phoneOrigin, saved);
      })().catch(() => setProblem('The live room kept in this tab could not be resumed. Start a new one.'));
    return () => {
      cancelled = true;
      client.current?.close();
    };
  }, [events, opened]);

  const start = useCallback(async () => {
    setProblem(undefined);
    if (!window.isSecureContext || !hasWebCrypto()) {
      setProblem(
        'A live room needs a secure page (https, or this computer as localhost) to seal the votes. Open the app over https, or present without the room.',
      );
      return;
    }
    const noRelay = `No live-room relay answered at ${relayOrigin()}. Start one with "npm run room" (see the README), or go on presenting without the room: nothing else changes.`;
    const phones = await phoneOrigin(window.location, relayOrigin());
    if (!phones.ok) return setProblem('problem' in phones ? phones.problem : noRelay);
    try {
      // The socket client and the message schemas load only when a room is started.
      const { FacilitatorClient } = await import('@/live-room/facilitator-client');
      await opened(await FacilitatorClient.create(relayOrigin(), events), phones.origin);
      saveNow();
    } catch {
      setProblem(noRelay);
    }
  }, [events, opened, saveNow]);

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
    setView((v) => (v ? { ...v, revealed: undefined } : v));
    await client.current.ask(question).catch(shown(setProblem));
  }, []);

  const reveal = useCallback(async () => {
    const question = asking ? phoneQuestion(asking) : null;
    const d = asking ? distributionOf(asking) : undefined;
    if (!client.current || !question || !d) return;
    const counts = d.counts.map((c) => ({
      label: question.options.find((o) => o.value === c.value)?.label ?? String(c.value),
      count: c.count,
    }));
    await client.current.reveal({ counts, total: d.total }).catch(shown(setProblem));
    const { questionId, title } = question;
    const { total, late, excluded: ex, disagreement } = d;
    setView((v) =>
      v ? { ...v, revealed: { questionId, title, counts, total, late, excluded: ex, disagreement } } : v,
    );
    setRatings((r) => ({
      ...r,
      [questionId]: {
        counts: d.counts.map((c) => ({ value: c.value, count: c.count })),
        total,
        late,
        excluded: ex,
        ...(r[questionId]?.agreed !== undefined ? { agreed: r[questionId]?.agreed } : {}),
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

  /** The projector leaves the last spread behind when the slide changes. */
  const clearResults = useCallback(() => {
    setView((v) => (v?.revealed ? { ...v, revealed: undefined } : v));
  }, []);

  const lock = useCallback((locked: boolean) => {
    client.current?.lock(locked);
    setView((v) => (v ? { ...v, locked } : v));
  }, []);

  /** Ends the room for everyone: the phones are told, and this tab forgets it. */
  const end = useCallback(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    client.current
      ?.end()
      .catch((error: unknown) =>
        setProblem(
          `The relay did not confirm the end of the room (${error instanceof Error ? error.message : String(error)}): phones may show it until it expires.`,
        ),
      );
    client.current = undefined;
    forgetRoom();
    setView(undefined);
    setAsking(undefined);
    setJoined(0);
  }, []);

  const votes = asking ? (distributionOf(asking)?.total ?? 0) : 0;
  const askingTitle = asking ? phoneQuestion(asking)?.title : undefined;
  // Memoised: the projector's copy is sent on each change, so a new object every render would loop.
  const liveView: LiveView | undefined = useMemo(
    () =>
      view && asking && askingTitle
        ? { ...view, asking: { questionId: asking, title: askingTitle, votes } }
        : view,
    [view, asking, askingTitle, votes],
  );

  return {
    problem,
    view: liveView,
    connected,
    asking,
    votes,
    joined,
    changed,
    ratings,
    names: [...new Set(names.values())].sort(),
    start,
    ask,
    reveal,
    agree,
    clearResults,
    lock,
    end,
    distributionOf,
  };
}
