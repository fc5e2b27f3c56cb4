import { lazy, Suspense } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { ErrorBoundary } from '../ui/error-boundary';
import type { ShareLinks } from './use-share-links';

// Not needed for the first view: loaded when a reader opens an event.
const EventDetails = lazy(() =>
  import('../panels/event-details').then((m) => ({ default: m.EventDetails })),
);

interface Props {
  dataset: Dataset;
  event: StanceEvent;
  /** Ids in the order Previous / Next walk them. */
  order: readonly string[];
  /** Whether the details take focus when they open (opened by keyboard). */
  focusOnOpen: boolean;
  query: string;
  links: ShareLinks;
  onSelect: (id: string) => void;
  onClose: () => void;
  onShare: (id: string) => void;
  onSharePreview: (id: string) => void;
  onCopy: (text: string, what: string) => void;
}

/** The opened event's details, with their own error boundary so a fault closes only them. */
export function DetailsSlot({ dataset, event, links, onClose, ...rest }: Props) {
  return (
    <ErrorBoundary
      area="the details panel"
      resetKey={event.id}
      recover={{ label: 'Close the details', action: onClose }}
    >
      <Suspense fallback={<aside className="details" aria-busy="true" data-overlays-chart="" />}>
        <EventDetails
          dataset={dataset}
          eventId={event.id}
          order={rest.order}
          onSelect={rest.onSelect}
          onClose={onClose}
          onShare={rest.onShare}
          onSharePreview={rest.onSharePreview}
          eventUrl={links.event}
          onCopy={rest.onCopy}
          focusOnOpen={rest.focusOnOpen}
          query={rest.query}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
