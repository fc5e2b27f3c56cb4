/**
 * What happens while a person opens a file: reading it, the problems that stopped it, and the
 * line that says what the import did. UI state only; the record itself lives in the query cache
 * and the file in IndexedDB.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Problem } from '../domain/validate';

export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; step: string }
  | { phase: 'failed'; name: string; message: string; problems: Problem[] };

interface ImportState {
  status: ImportStatus;
  /** Announced once to screen readers after a file opens: what the import did. */
  announcement: string;
  /** False when this browser would not keep the last file (storage blocked or full). */
  kept: boolean;
  start: (name: string) => void;
  /** What a large import is doing now: "Checking 50,000 events". */
  step: (step: string) => void;
  /** The reader stopped it: nothing changes, and that is said once. */
  cancelled: (name: string) => void;
  fail: (name: string, message: string, problems?: Problem[]) => void;
  succeed: (announcement: string, kept: boolean) => void;
  dismiss: () => void;
}

export const importStore = createStore<ImportState>()((set) => ({
  status: { phase: 'idle' },
  announcement: '',
  kept: true,
  start: (name) => set({ status: { phase: 'reading', name, step: '' }, announcement: '' }),
  step: (step) =>
    set(({ status }) => (status.phase === 'reading' ? { status: { ...status, step } } : {})),
  cancelled: (name) =>
    set({
      status: { phase: 'idle' },
      announcement: `Stopped opening ${name}. The record on screen is unchanged.`,
    }),
  fail: (name, message, problems = []) =>
    set({ status: { phase: 'failed', name, message, problems } }),
  succeed: (announcement, kept) => set({ status: { phase: 'idle' }, announcement, kept }),
  dismiss: () => set({ status: { phase: 'idle' } }),
}));

export function useImportStore<T>(selector: (s: ImportState) => T): T {
  return useStore(importStore, selector);
}
