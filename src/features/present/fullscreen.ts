/** Full screen on and off (F): the whole window, so the slide and its progress bar fill the projector. */
export function toggleFullscreen(): void {
  const change = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  // The browser may refuse (no user gesture, a permissions policy, a frame that forbids it): the slide stays as
  // it was and presenting goes on, so the refusal is logged with its reason rather than thrown or dropped.
  void change?.catch((error: unknown) =>
    console.warn(`Full screen was refused: ${error instanceof Error ? error.message : String(error)}`),
  );
}
