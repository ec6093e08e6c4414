/** Stands in for vite-plugin-pwa's virtual module in unit tests, where no service worker is built. */
export function registerSW(): (reloadPage?: boolean) => Promise<void> {
  return async () => undefined;
}
