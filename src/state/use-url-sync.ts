/**
 * Binds a view store to the address bar: the URL is read once on mount, written on every change,
 * and read again on Back/Forward. Only the query string is ours; pathname and hash are kept as
 * they are, so the app works under a sub-path and beside in-page anchors.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parse, serialize } from './url-codec';
import type { ViewState } from './view-state';
import { getViewState, historyKindOf, type ViewStore } from './view-store';

/** Long enough to coalesce a pan or zoom gesture into one history write, short enough to share. */
const REPLACE_DEBOUNCE_MS = 250;

function urlFor(search: string): string {
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/** Rewrites the current history entry's query, unless it already reads `search`. */
function replaceSearch(search: string): void {
  if (search === window.location.search.replace(/^\?/, '')) return;
  window.history.replaceState(window.history.state, '', urlFor(search));
}

export interface UrlSync {
  /** What the link asked for that could not be shown; for a dismissible notice. */
  warnings: string[];
  dismiss: () => void;
  /**
   * Applies a corrected view without a new history entry, and adds its warnings: for
   * `reconcile` once the data has loaded, so Back does not return to the uncorrected link.
   */
  adopt: (state: ViewState, warnings: readonly string[]) => void;
}

export function useUrlSync(store: ViewStore): UrlSync {
  // Read the URL during the first render, not in an effect, so that the first paint already
  // shows the linked view instead of flashing the default one. Applying the same parse twice
  // (StrictMode) is a no-op: the store skips unchanged states.
  const [warnings, setWarnings] = useState<string[]>(() => {
    const parsed = parse(window.location.search);
    store.getState().replaceAll(parsed.state);
    return parsed.warnings;
  });
  // True while the store is being set from the URL (or adopted), so the change is not pushed.
  const applyingRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancelPending = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
  }, []);

  const applyQuietly = useCallback(
    (state: ViewState) => {
      applyingRef.current = true;
      try {
        store.getState().replaceAll(state);
      } finally {
        applyingRef.current = false;
      }
    },
    [store],
  );

  const dismiss = useCallback(() => setWarnings([]), []);

  const adopt = useCallback(
    (state: ViewState, more: readonly string[]) => {
      cancelPending();
      applyQuietly(state);
      replaceSearch(serialize(getViewState(store)));
      if (more.length > 0) {
        setWarnings((old) => [...old, ...more.filter((w) => !old.includes(w))]);
      }
    },
    [store, cancelPending, applyQuietly],
  );

  useEffect(() => {
    const replaceNow = () => {
      cancelPending();
      replaceSearch(serialize(getViewState(store)));
    };

    // Show the canonical link for what is on screen: cleaned of dropped values, sorted.
    replaceNow();

    const unsubscribe = store.subscribe((next, prev) => {
      if (applyingRef.current) return;
      switch (historyKindOf(prev, next)) {
        case 'none':
          return;
        case 'replace':
          clearTimeout(timerRef.current);
          timerRef.current = setTimeout(replaceNow, REPLACE_DEBOUNCE_MS);
          return;
        case 'push':
          // Settle a pending pan first, into the entry being left, so Back returns to it.
          if (timerRef.current !== undefined) {
            cancelPending();
            replaceSearch(serialize(prev));
          }
          window.history.pushState(null, '', urlFor(serialize(next)));
          return;
      }
    });

    const onPopState = () => {
      // The entry has already changed: a pending write would land in the wrong one.
      cancelPending();
      const parsed = parse(window.location.search);
      applyQuietly(parsed.state);
      setWarnings(parsed.warnings);
    };
    window.addEventListener('popstate', onPopState);

    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
      // Write a pending pan now rather than lose it.
      if (timerRef.current !== undefined) replaceNow();
    };
  }, [store, cancelPending, applyQuietly]);

  return useMemo(() => ({ warnings, dismiss, adopt }), [warnings, dismiss, adopt]);
}
