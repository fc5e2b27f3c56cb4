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

function subscribe(fn: () => void) {
  listeners.add(fn);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', fn);
  return () => {
    listeners.delete(fn);
    media.removeEventListener('change', fn);
  };
}

export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme);
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not persisted, but still applied for this visit.
    }
    document.documentElement.dataset.theme = next;
    listeners.forEach((fn) => fn());
  }, []);
  return [theme, toggle];
}
