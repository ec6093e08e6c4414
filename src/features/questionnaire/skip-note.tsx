/** Says why the pre-screen makes this page moot, and that answering it anyway is safe. */
export function SkipNote({ reason }: { reason: string }) {
  return (
    <div className="inset" role="note">
      <p>
        <strong>{reason}</strong> You can still answer it; the answers are kept if you change the pre-screen.
      </p>
    </div>
  );
}
