/** Full screen on and off (F): the whole window, so the slide and its progress bar fill the projector. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
