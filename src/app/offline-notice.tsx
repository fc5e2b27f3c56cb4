import { useSyncExternalStore } from 'react';
import { dataUrl } from '../data/dataset-queries';
import {
  hasNetworkFailed,
  savedCopiesVersion,
  savedCopyOf,
  subscribeSavedCopies,
} from '../data/saved-copies';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const savedFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * "Offline — showing the copy from 29 November 2025, 10:15": shown while the dataset on screen
 * came from the offline cache and the network is out (the browser says so, or the service worker
 * could not reach the server). The reader knows what they see may be out of date.
 */
export function OfflineNotice({ datasetId }: { datasetId: string }) {
  useSyncExternalStore(subscribeSavedCopies, savedCopiesVersion);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const savedAt = savedCopyOf(dataUrl(`${datasetId}/`));
  if (!savedAt || (online && !hasNetworkFailed())) return null;
  const when = new Date(savedAt);
  const label = Number.isNaN(when.getTime()) ? 'an earlier visit' : savedFormat.format(when);
  return (
    <div className="notice offline-notice" role="status">
      <p>
        <strong>Offline — showing the copy from {label}.</strong> It may be out of date; the newest
        version loads when you are back online.
      </p>
    </div>
  );
}
