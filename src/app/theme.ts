/**
 * Light and dark themes: the system's choice unless the reader picked one, which persists.
 * The choice is applied before React renders, so a dark-theme reader never sees a white flash.
 */
import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'stanceline:theme';
const listeners = new Set<() => void>();

function stored(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage can be blocked; the system theme still applies
  }
}

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function currentTheme(): Theme {
  return stored() ?? systemTheme();
}

export function applyStoredTheme(): void {
  const theme = stored();
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/**
 * The theme as last read, while anything listens: React asks for it on every render of the
 * header (every filter change re-renders it), and reading it means a storage lookup and a media
 * query. Cleared whenever it may have changed: the system scheme, another tab's choice, a new
 * first listener (nothing kept it current while nobody listened).
 */
let cached: Theme | null = null;

function snapshot(): Theme {
  return (cached ??= currentTheme());
}

function subscribe(fn: () => void) {
  if (listeners.size === 0) cached = null;
  listeners.add(fn);
  const changed = () => {
    cached = null;
    fn();
  };
  // Another tab's choice: applied here too, as on the next visit.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return;
    applyStoredTheme();
    changed();
  };
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', changed);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(fn);
    media.removeEventListener('change', changed);
    window.removeEventListener('storage', onStorage);
  };
}

export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(subscribe, snapshot, () => 'light' as Theme);
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not persisted, but still applied for this visit.
    }
    document.documentElement.dataset.theme = next;
    cached = next;
    listeners.forEach((fn) => fn());
  }, []);
  return [theme, toggle];
}
