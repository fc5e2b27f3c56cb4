import { useEffect, useRef, useState } from 'react';
import { useRescueFocus } from '../ui/use-rescue-focus';
import { shortenMessage } from '../domain/problem-report';

/** After this long (ms) a load says it is slow, so a stalled request never looks like a hang. */
export const SLOW_AFTER_MS = 4000;

interface Props {
  /** "the timeline", "the list of datasets". */
  what: string;
  /** Failed attempts so far (TanStack Query's failureCount); retries are under way when > 0. */
  failures: number;
  /** Why the last attempt failed. */
  reason: Error | null;
  /** Set when this replaces an error panel after "Try again": focus moves here, not to <body>. */
  afterRetry?: boolean;
  /** What a slow load means; by default, a slow server. */
  slowText?: string;
}

const SLOW_SERVER =
  'This is taking longer than usual: the server is slow to answer. It will keep trying for a while.';

/** True once `ms` have passed since mount. */
function useAfter(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return passed;
}

/**
 * "Loading…", then after a few seconds "still loading, the server is slow", and while TanStack
 * Query retries, why the last attempt failed. Polite status: announced, never interrupting.
 */
export function LoadingStatus({
  what,
  failures,
  reason,
  afterRetry = false,
  slowText = SLOW_SERVER,
}: Props) {
  const slow = useAfter(SLOW_AFTER_MS);
  const ref = useRef<HTMLDivElement>(null);
  useRescueFocus(ref, afterRetry);
  return (
    <div ref={ref} className="loading" role="status" tabIndex={-1}>
      <p>Loading {what}…</p>
      {(slow || failures > 0) && (
        <p className="loading-slow">
          {failures > 0
            ? `Trying again (attempt ${failures + 1}). ${reason ? shortenMessage(reason.message) : ''}`
            : slowText}
        </p>
      )}
    </div>
  );
}
