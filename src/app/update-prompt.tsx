import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { checkForUpdates } from './service-worker';
import { cacheLoadedData } from './save-loaded-data';

/**
 * The page's one registration, made when this module first runs (it is loaded once the first
 * view is drawn and the page is idle, main.tsx). Not `useRegisterSW`: it registers from a state
 * initialiser, which React runs again for every render it throws away before committing (a
 * sibling suspending while the app loads), so one page registered the worker up to three times,
 * each starting its own periodic update check.
 */
let needRefresh = false;
const listeners = new Set<() => void>();

function setNeedRefresh(value: boolean): void {
  needRefresh = value;
  for (const listener of listeners) listener();
}

const updateServiceWorker = registerSW({
  immediate: true,
  onNeedRefresh: () => setNeedRefresh(true),
  onRegisteredSW(_url, registration) {
    if (!registration) return;
    cacheLoadedData(registration);
    checkForUpdates(registration);
  },
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * When a new build has been deployed and its worker is waiting, offers "A new version is
 * available — reload". Nothing is reloaded behind the reader's back: a half-read event or a
 * filter in progress stays until they choose.
 */
export function UpdatePrompt() {
  const shown = useSyncExternalStore(
    subscribe,
    () => needRefresh,
    () => false,
  );
  if (!shown) return null;
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
