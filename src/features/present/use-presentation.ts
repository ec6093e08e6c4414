import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '@/framework/question';
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

type Message = { type: 'state'; state: PresentationState } | { type: 'hello' };

/**
 * The live state of a presentation, kept in step between the presenter's and the audience's windows
 * through a BroadcastChannel: whichever window is driven sends its whole state, the other takes it.
 * Each window works alone if the other closes.
 */
export function usePresentation(channelName: string, initial: PresentationState, answersTheOthers: boolean) {
  const [state, setState] = useState(initial);
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(channelName);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'state') setState(message.state);
      else if (message?.type === 'hello' && answersTheOthers)
        bc.postMessage({ type: 'state', state: latest.current } satisfies Message);
    };
    if (!answersTheOthers) bc.postMessage({ type: 'hello' } satisfies Message);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [channelName, answersTheOthers]);

  const update = useCallback((change: (s: PresentationState) => PresentationState) => {
    const next = change(latest.current);
    latest.current = next;
    setState(next);
    channel.current?.postMessage({ type: 'state', state: next } satisfies Message);
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
