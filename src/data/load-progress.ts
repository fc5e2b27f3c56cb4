/**
 * How far the loading of a dataset has come, for the loading screen: files downloaded, files
 * read, events checked. Written by the dataset query, read by `LoadProgress`; one entry per
 * dataset id, dropped when the load ends.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { pluralize } from '../domain/labels';
import type { DatasetFileName } from '../domain/validate';
import type { ValidationProgress } from './validate-steps';

export interface LoadProgress {
  /** Steps done and in all: each file downloaded, each file read, then the checks. */
  done: number;
  total: number;
  /** What is happening now, as a person reads it. */
  label: string;
}

const store = createStore<Record<string, LoadProgress>>(() => ({}));

/** Tracks one load: `downloaded(file)` per file, then `validating(p)` from the validator. */
export function trackLoad(id: string, files: readonly DatasetFileName[]) {
  const total = files.length * 2 + 1;
  let downloaded = 0;
  let parsed = 0;
  const set = (p: LoadProgress) => store.setState({ [id]: p });
  set({ done: 0, total, label: 'Downloading the files…' });
  return {
    downloaded(): void {
      downloaded += 1;
      set({ done: downloaded, total, label: `Downloaded ${downloaded} of ${files.length} files…` });
    },
    validating(p: ValidationProgress): void {
      if (p.phase === 'parse') {
        parsed += 1;
        set({ done: files.length + parsed - 1, total, label: `Reading ${p.file}…` });
      } else {
        const events = p.events === null ? 'the events' : pluralize(p.events, 'event');
        set({ done: total - 1, total, label: `Checking ${events}…` });
      }
    },
    end(): void {
      store.setState(
        (s) => Object.fromEntries(Object.entries(s).filter(([key]) => key !== id)),
        true,
      );
    },
  };
}

export function useLoadProgress(id: string | undefined): LoadProgress | undefined {
  return useStore(store, (s) => (id === undefined ? undefined : s[id]));
}
