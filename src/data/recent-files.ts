/**
 * Files a person opened, kept in this browser's IndexedDB (through idb-keyval) so that a reload,
 * or a link to `?file=<key>` in this browser, opens them again. Nothing is sent anywhere. The
 * list shown as "Recent files" is the metadata; each file's text is stored apart, so listing
 * never reads every file.
 */
import { createStore, del, get, set, values } from 'idb-keyval';
import type { FileFormat } from '../formats/detect';

export interface RecentFile {
  key: string;
  /** The file's name on the person's device. */
  name: string;
  format: FileFormat;
  /** The record's title, as the import found it. */
  title: string;
  events: number;
  /** Size of the text, in UTF-16 code units (close to bytes for most files). */
  size: number;
  /** When it was last opened, ISO date-time. */
  openedAt: string;
  /** The day of its first import, YYYY-MM-DD: a converted record keeps it as its date. */
  importedOn: string;
  /** The file's own last-modified day, YYYY-MM-DD, when the browser gave one. */
  modified?: string;
}

/** How many files are remembered; opening one more forgets the one opened longest ago. */
export const MAX_RECENT_FILES = 12;

const metaStore = () => createStore('stanceline-recent-files', 'files');
const textStore = () => createStore('stanceline-file-texts', 'texts');

/** Most recently opened first; which entries to keep and which to forget. */
export function recentOrder(
  files: readonly RecentFile[],
  max = MAX_RECENT_FILES,
): { keep: RecentFile[]; drop: RecentFile[] } {
  const sorted = [...files].sort((a, b) =>
    a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0,
  );
  return { keep: sorted.slice(0, max), drop: sorted.slice(max) };
}

export async function listRecentFiles(): Promise<RecentFile[]> {
  return recentOrder(await values<RecentFile>(metaStore())).keep;
}

/** Keeps the file (text first, so a listed file always has its text), then trims the list. */
export async function rememberFile(entry: RecentFile, text: string): Promise<void> {
  await set(entry.key, text, textStore());
  await set(entry.key, entry, metaStore());
  const { drop } = recentOrder(await values<RecentFile>(metaStore()));
  await Promise.all(drop.map((f) => forgetFile(f.key)));
}

export async function readRecentFile(
  key: string,
): Promise<{ entry: RecentFile; text: string } | undefined> {
  const [entry, text] = await Promise.all([
    get<RecentFile>(key, metaStore()),
    get<string>(key, textStore()),
  ]);
  return entry && typeof text === 'string' ? { entry, text } : undefined;
}

/** Marks a file as just opened, so it leads the list. */
export async function touchFile(key: string, now: string): Promise<void> {
  const entry = await get<RecentFile>(key, metaStore());
  if (entry) await set(key, { ...entry, openedAt: now }, metaStore());
}

export async function forgetFile(key: string): Promise<void> {
  await del(key, metaStore());
  await del(key, textStore());
}
