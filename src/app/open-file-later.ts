/**
 * Opening a picked or dropped file, with its code (reading, decoding, the import worker's client,
 * the summary) fetched on the first file rather than with the first view: the picker and the drop
 * target are there from the start, and what they do loads when it is first asked for.
 */
import type { QueryClient } from '@tanstack/react-query';
import { importStore } from '../state/import-store';
import { loadPart } from '../ui/load-part';

const load = () => loadPart(() => import('./open-file'), 'opening files');

/** A file waiting for that code; Cancel, or another file, stops it before it starts. */
let waiting: { name: string; stopped: boolean } | null = null;

/** `skipped`: how many more files were dropped with this one; only the first is opened. */
export async function openLocalFileLater(
  file: File,
  queryClient: QueryClient,
  skipped = 0,
): Promise<void> {
  if (waiting) waiting.stopped = true;
  const mine = { name: file.name, stopped: false };
  waiting = mine;
  // Said at once, while the code is fetched; open-file.ts says it again as it starts.
  importStore.getState().start(file.name);
  try {
    const { openLocalFile } = await load();
    if (mine.stopped) return;
    waiting = null;
    await openLocalFile(file, queryClient, skipped);
  } catch (e) {
    if (mine.stopped) return;
    waiting = null;
    importStore.getState().fail(file.name, e instanceof Error ? e.message : String(e));
  }
}

/** Stops the file being opened, if any; the record on screen stays. */
export function cancelOpeningLater(): void {
  if (waiting) {
    waiting.stopped = true;
    importStore.getState().cancelled(waiting.name);
    waiting = null;
    return;
  }
  // Anything being opened has its code loaded already, so this resolves at once.
  void load().then(
    (m) => m.cancelOpening(),
    () => undefined,
  );
}
