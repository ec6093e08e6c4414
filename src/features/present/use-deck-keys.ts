import { useEffect, useRef } from 'react';

interface DeckKeys {
  count: number;
  current: number;
  goTo: (slide: number) => void;
  toggleBlank: () => void;
  toggleFullscreen: () => void;
  leave: () => void;
}

/** Where arrow keys and typing belong to the control: text, radios (a rating) and text areas. */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName));
/** A focused button or link keeps Space and Enter for itself; every other key still drives the deck. */
const activatesOnSpace = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);

/**
 * Presenter keys: → Space PageDown next; ← PageUp back; Home, End; a number then Enter jumps; F full
 * screen; B blank; Esc leaves. After a click on any control (a button, the theme select) the keys still
 * reach the deck, so a clicker never seems dead; only text fields and rating radios keep arrows for
 * themselves, and a focused button keeps Space and Enter.
 */
export function useDeckKeys({ count, current, goTo, toggleBlank, toggleFullscreen, leave }: DeckKeys) {
  const typed = useRef('');
  const latest = useRef({ count, current, goTo, toggleBlank, toggleFullscreen, leave });
  latest.current = { count, current, goTo, toggleBlank, toggleFullscreen, leave };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const deck = latest.current;
      const clamp = (n: number) => Math.max(0, Math.min(deck.count - 1, n));
      const inControl = ownsKeys(event.target);
      const act = (fn: () => void) => {
        event.preventDefault();
        fn();
      };
      if (event.key === 'PageDown') return act(() => deck.goTo(clamp(deck.current + 1)));
      if (event.key === 'PageUp') return act(() => deck.goTo(clamp(deck.current - 1)));
      if (inControl) return;
      if ((event.key === ' ' || event.key === 'Enter') && activatesOnSpace(event.target) && !typed.current)
        return;
      if (/^\d$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-3);
        return;
      }
      if (event.key === 'Enter' && typed.current) {
        const n = Number(typed.current);
        typed.current = '';
        return act(() => deck.goTo(clamp(n - 1)));
      }
      typed.current = '';
      switch (event.key) {
        case 'ArrowRight':
        case ' ':
          return act(() => deck.goTo(clamp(deck.current + 1)));
        case 'ArrowLeft':
          return act(() => deck.goTo(clamp(deck.current - 1)));
        case 'Home':
          return act(() => deck.goTo(0));
        case 'End':
          return act(() => deck.goTo(deck.count - 1));
        case 'f':
        case 'F':
          return act(deck.toggleFullscreen);
        case 'b':
        case 'B':
        case '.':
          return act(deck.toggleBlank);
        case 'Escape':
          if (!document.fullscreenElement) act(deck.leave);
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
