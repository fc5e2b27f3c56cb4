/**
 * Opening a file a person picked or dropped: read it in the browser, import it through the same
 * path as every record, keep it in this browser, and show it. Nothing is uploaded. A file that
 * cannot be opened leaves the current record on screen, with the problems above it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { importOffThread } from '../data/import-off-thread';
import type { ImportedText } from '../data/import-protocol';
import { localRecordQueryOptions, todayIso, type LoadedRecord } from '../data/record-queries';
import { rememberFile } from '../data/recent-files';
import { decodeText, encodingNote, type TextEncodingName } from '../formats/decode-text';
import { describeImport, describeImportStep, withNote } from '../formats/import-summary';
import { importStore } from '../state/import-store';
import { viewForRecord } from '../state/record-source';
import { getViewState, viewStore } from '../state/view-store';

/** Larger files are refused before they are read: far past any record the engine draws. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Lets the browser paint "Opening…" before the import holds the main thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file being opened now; opening another, or Cancel, stops it. */
let opening: { controller: AbortController; name: string } | null = null;

/** Stops the file being opened, if any; the record on screen stays. */
export function cancelOpening(): void {
  if (!opening) return;
  const { controller, name } = opening;
  opening = null;
  controller.abort();
  importStore.getState().cancelled(name);
}

/** `skipped`: how many more files were dropped with this one; only the first is opened. */
export async function openLocalFile(
  file: File,
  queryClient: QueryClient,
  skipped = 0,
): Promise<void> {
  opening?.controller.abort();
  const controller = new AbortController();
  const mine = { controller, name: file.name };
  opening = mine;
  try {
    await openFile(file, queryClient, skipped, controller.signal);
  } finally {
    if (opening === mine) opening = null;
  }
}

async function openFile(
  file: File,
  queryClient: QueryClient,
  skipped: number,
  signal: AbortSignal,
): Promise<void> {
  const status = importStore.getState();
  status.start(file.name);
  if (file.size > MAX_FILE_BYTES) {
    status.fail(
      file.name,
      `It is ${Math.round(file.size / 1024 / 1024)} MB; Stanceline opens files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. The record on screen is unchanged.`,
    );
    return;
  }
  let text: string;
  let encoding: TextEncodingName;
  try {
    ({ text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer())));
  } catch {
    status.fail(
      file.name,
      'The browser could not read it: it may have been moved or deleted. The record on screen is unchanged.',
    );
    return;
  }
  await nextFrame();
  if (signal.aborted) return;

  const today = todayIso();
  const modified = file.lastModified ? isoDay(file.lastModified) : undefined;
  let imported: ImportedText;
  try {
    imported = await importOffThread(
      text,
      {
        name: file.name,
        today,
        ...(modified ? { modified } : {}),
        onProgress: (p) => status.step(describeImportStep(p)),
      },
      { signal },
    );
  } catch (err) {
    // Stopped, or replaced by another file: whoever stopped it has said so.
    if (signal.aborted) return;
    const why = err instanceof Error ? err.message : String(err);
    status.fail(
      file.name,
      `Stanceline could not open it (${why}). The record on screen is unchanged.`,
    );
    return;
  }
  if (signal.aborted) return;
  const { result, key } = imported;
  if (!result.ok) {
    status.fail(
      file.name,
      'Fix what is listed below, then open it again. The record on screen is unchanged.',
      result.problems,
    );
    return;
  }

  const note = encodingNote(encoding);
  const summary = note ? withNote(result.summary, note) : result.summary;
  let kept = true;
  try {
    await rememberFile(
      {
        key,
        name: file.name,
        format: result.format,
        title: result.dataset.meta.title,
        events: result.dataset.events.length,
        size: text.length,
        openedAt: new Date().toISOString(),
        importedOn: today,
        ...(modified ? { modified } : {}),
      },
      text,
    );
  } catch {
    // Storage blocked or full: the record still opens now, but will not survive a reload.
    kept = false;
  }
  if (signal.aborted) return;
  const loaded: LoadedRecord = {
    dataset: result.dataset,
    provenance: {
      kind: 'local',
      key,
      name: file.name,
      format: result.format,
      summary,
    },
  };
  queryClient.setQueryData(localRecordQueryOptions(key).queryKey, loaded);
  void queryClient.invalidateQueries({ queryKey: ['recent-files'] });
  viewStore.getState().replaceAll(viewForRecord(getViewState(viewStore), { kind: 'local', key }));
  const others = skipped ? ` Only the first of ${skipped + 1} dropped files was opened.` : '';
  status.succeed(`${describeImport(summary)}.${others}`, kept);
}
