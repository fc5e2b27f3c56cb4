import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { prefetchLinkedDataset } from '../data/prefetch';
import { App } from './app';
import { UpdatePrompt } from './update-prompt';
import { ErrorBoundary } from '../ui/error-boundary';
import { applyStoredTheme } from './theme';
import { setReaderLocale } from '../domain/dates';
import '../styles/global.css';
import '../styles/app.css';
import '../styles/timeline.css';
import '../styles/share.css';
import '../styles/record.css';
import '../styles/import.css';
import '../styles/reading.css';
import '../styles/vertical.css';
import '../styles/forced-colors.css';

applyStoredTheme();
// Every text date, and the axis, in the reader's regional conventions (domain/dates.ts).
setReaderLocale(navigator.languages);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

prefetchLinkedDataset(queryClient, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
        <UpdatePrompt />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
