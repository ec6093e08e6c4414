const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "Last set by Ben Okafor, 2 Dec, 11:02": shown under an answer of a team assessment. */
export function LastSetBy({ set }: { set: { by: string; at: string } | undefined }) {
  if (!set) return null;
  return (
    <p className="hint last-set-by">
      Last set by {set.by}, <time dateTime={set.at}>{when(set.at)}</time>
    </p>
  );
}
