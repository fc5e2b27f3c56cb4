import { useRegisterSW } from 'virtual:pwa-register/react';
import { checkForUpdates } from './service-worker';
import { cacheLoadedData } from './save-loaded-data';

/**
 * Registers the offline service worker and, when a new build has been deployed and its worker
 * is waiting, offers "A new version is available — reload". Nothing is reloaded behind the
 * reader's back: a half-read event or a filter in progress stays until they choose.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      cacheLoadedData(registration);
      checkForUpdates(registration);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version is available — reload to use it.</p>
      <button type="button" className="btn primary" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
      <button type="button" className="btn" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
