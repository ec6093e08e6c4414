import { useEffect, useState } from 'react';

const formatTime = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The talk's elapsed time, started with the deck, paused and reset by the presenter. */
function useTimer() {
  const [startedAt, setStartedAt] = useState<number | undefined>(() => Date.now());
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const elapsed = Math.floor((offset + (startedAt ? now - startedAt : 0)) / 1000);
  return {
    elapsed,
    running: startedAt !== undefined,
    toggle: () => {
      if (startedAt) {
        setOffset((o) => o + Date.now() - startedAt);
        setStartedAt(undefined);
      } else setStartedAt(Date.now());
    },
    reset: () => {
      setOffset(0);
      setStartedAt(Date.now());
    },
  };
}

export function PresenterTimer() {
  const timer = useTimer();
  return (
    <>
      <h2>Timer</h2>
      <p className="timer" aria-live="off">
        {formatTime(timer.elapsed)}
      </p>
      <button type="button" onClick={timer.toggle}>
        {timer.running ? 'Pause timer' : 'Start timer'}
      </button>{' '}
      <button type="button" onClick={timer.reset}>
        Reset timer
      </button>
    </>
  );
}
