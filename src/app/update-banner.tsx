import { useEffect, useState } from 'react';

/**
 * Registers the service worker (production builds only) and offers a new version when one is waiting.
 * The update is never forced: the user chooses when, and their work is already saved.
 */
export function UpdateBanner() {
  const [update, setUpdate] = useState<(() => Promise<void>) | undefined>();
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => () => updateSW(true)),
        onOfflineReady: () => setOfflineReady(true),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (update) {
    return (
      <div className="banner" role="status">
        <p>
          A new version of Ledger Fit is ready. Your work is saved.{' '}
          <button type="button" className="link-button" onClick={() => void update()}>
            Reload to update
          </button>
        </p>
      </div>
    );
  }
  return offlineReady ? (
    <p className="visually-hidden" role="status">
      Ledger Fit now works offline.
    </p>
  ) : null;
}
