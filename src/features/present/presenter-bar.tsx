import { Link } from 'wouter';
import { audiencePath } from './deck-source';
import { toggleFullscreen } from './fullscreen';
import type { Theme } from './use-presentation';

interface Props {
  kind: string;
  id: string;
  title: string;
  slide: number;
  count: number;
  blank: boolean;
  theme: Theme;
  /** Where "Leave" goes: the result or example the deck came from. */
  leaveTo: string;
  /** The workshop outcome just saved, to link to. */
  saved?: string;
  goTo: (slide: number) => void;
  toggleBlank: () => void;
  setTheme: (theme: Theme) => void;
  saveOutcome: () => void;
}

/** The presenter's header: where the talk is, and the controls for the deck and the projector. */
export function PresenterBar(p: Props) {
  return (
    <header className="presenter-bar">
      <h1>
        Presenting: {p.title}{' '}
        <span className="slide-count">
          Slide {p.slide + 1} of {p.count}
        </span>
      </h1>
      <div
        className="progress"
        role="progressbar"
        aria-label="Progress through the slides"
        aria-valuemin={1}
        aria-valuemax={p.count}
        aria-valuenow={p.slide + 1}
      >
        <div style={{ width: `${((p.slide + 1) / p.count) * 100}%` }} />
      </div>
      <nav aria-label="Slide controls" className="presenter-controls">
        <button type="button" onClick={() => p.goTo(p.slide - 1)} disabled={p.slide === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => p.goTo(p.slide + 1)} disabled={p.slide === p.count - 1}>
          Next →
        </button>
        <button type="button" aria-pressed={p.blank} onClick={p.toggleBlank}>
          {p.blank ? 'Show the slide (B)' : 'Blank the screen (B)'}
        </button>
        <button type="button" onClick={toggleFullscreen}>
          Full screen (F)
        </button>
        <button
          type="button"
          onClick={() =>
            window.open(
              audiencePath(p.kind, p.id, p.slide),
              `ledger-fit-audience-${p.id}`,
              'popup,width=1280,height=720',
            )
          }
        >
          Open audience view
        </button>
        <label>
          Theme{' '}
          <select value={p.theme} onChange={(e) => p.setTheme(e.target.value as Theme)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <button type="button" onClick={p.saveOutcome}>
          Save as workshop outcome
        </button>
        <Link href={p.leaveTo}>Leave (Esc)</Link>
      </nav>
      <p role="status" className="presenter-status">
        {p.saved ? (
          <>
            Saved as a new assessment.{' '}
            <Link href={`/assessments/${p.saved}/result`}>Open the workshop outcome</Link>
          </>
        ) : (
          ''
        )}
      </p>
    </header>
  );
}
