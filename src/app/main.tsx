import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { prefetchLinkedDataset } from '../data/prefetch';
import { parse } from '../state/url-codec';
import { prefetchFilterCode } from './filter-code';
import { App } from './app';
import { ErrorBoundary } from '../ui/error-boundary';
import { applyStoredTheme } from './theme';
import { setReaderLocale } from '../domain/dates';
import { afterFirstView } from './after-first-view';
import { listenToServiceWorker } from './service-worker';
import '../styles/global.css';
import '../styles/app.css';
import '../styles/timeline.css';
import '../styles/share.css';
import '../styles/record.css';
import '../styles/import.css';
import '../styles/reading.css';
import '../styles/stance.css';
import '../styles/vertical.css';
import '../styles/forced-colors.css';

applyStoredTheme();
// Every text date, and the axis, in the reader's regional conventions (domain/dates.ts).
setReaderLocale(navigator.languages);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

prefetchLinkedDataset(queryClient, window.location.search);
prefetchFilterCode(parse(window.location.search).state);

// The worker's reports are heard from the start: one saying the network failed arrives with the
// first data, long before the registration below, and the offline notice depends on it. A newer
// copy of a dataset reaching the cache reloads it (from the cache, so it is instant).
listenToServiceWorker(() => {
  void queryClient.invalidateQueries({ queryKey: ['datasets'] });
  void queryClient.invalidateQueries({ queryKey: ['dataset'] });
});

// The offline worker (and workbox-window with it) registers once the first marks are drawn and
// the page is idle, so neither its code nor its start-up competes with the first paint.
const UpdatePrompt = lazy(() =>
  afterFirstView()
    .then(() => import('./update-prompt'))
    .then((m) => ({ default: m.UpdatePrompt })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
