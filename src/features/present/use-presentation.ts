import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '@/framework/question';
import { broadcastTransport } from '@/live-room/broadcast-transport';
import type { Transport } from '@/live-room/transport';
import type { Answers } from '@/schema/assessment-schema';
import type { LiveView } from './live-room/use-live-room';

export type Theme = 'light' | 'dark';

export interface PresentationState {
  readonly slide: number;
  readonly answers: Answers;
  readonly blank: boolean;
  readonly theme: Theme;
  /** The live room as the projector shows it, when the facilitator has started one. */
  readonly live?: LiveView;
}

/**
 * The live state of a presentation, kept in step between the presenter's and the audience's windows
 * through the same-computer transport (a BroadcastChannel behind the live room's Transport interface):
 * whichever window is driven sends its whole state, the other takes it.
 * Each window works alone if the other closes.
 */
export function usePresentation(channelName: string, initial: PresentationState, answersTheOthers: boolean) {
  const [state, setState] = useState(initial);
  const channel = useRef<Transport | null>(null);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const transport = broadcastTransport(channelName);
    if (!transport) return;
    channel.current = transport;
    transport.on('state', (payload) => {
      const message = payload as { state?: PresentationState } | null;
      if (message?.state) setState(message.state);
    });
    transport.on('hello', () => {
      if (answersTheOthers) transport.send('state', { state: latest.current });
    });
    if (!answersTheOthers) transport.send('hello', {});
    return () => {
      transport.close();
      channel.current = null;
    };
  }, [channelName, answersTheOthers]);

  const update = useCallback((change: (s: PresentationState) => PresentationState) => {
    const next = change(latest.current);
    latest.current = next;
    setState(next);
    channel.current?.send('state', { state: next });
  }, []);

  return {
    state,
    goTo: useCallback((slide: number) => update((s) => ({ ...s, slide })), [update]),
    setAnswer: useCallback(
      (questionId: string, value: AnswerValue | undefined) =>
        update((s) => {
          const answers = { ...s.answers };
          if (value === undefined) delete answers[questionId];
          else answers[questionId] = { ...s.answers[questionId], value };
          return { ...s, answers };
        }),
      [update],
    ),
    toggleBlank: useCallback(() => update((s) => ({ ...s, blank: !s.blank })), [update]),
    setTheme: useCallback((theme: Theme) => update((s) => ({ ...s, theme })), [update]),
    setLive: useCallback(
      (live: LiveView | undefined) =>
        update((s) => {
          const { live: _old, ...rest } = s;
          return live ? { ...rest, live } : rest;
        }),
      [update],
    ),
  };
}
