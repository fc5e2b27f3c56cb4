/**
 * Which format a file is in, from its content (never its name: a TimelineJS export may be called
 * anything, and a CSV may be saved as .txt). JSON is recognised by its keys, CSV by its header
 * row. Files that are almost right — one file of a dataset folder, a TimelineJS 2 file — get a
 * message that says what they are and what to do instead.
 */
import { isBundleValue } from '../domain/bundle-shape';
import type { ConvertedFormat } from '../domain/schema';
import { parseJson, type Problem } from '../domain/validate';
import { parseCsv } from './csv';
import { isTemplateHeader } from './stanceline-csv';
import { looksLikeTimelineJs } from './timelinejs';
import { isTimelineSheetHeader } from './timelinejs-sheet';

export type FileFormat = 'bundle' | ConvertedFormat;

export type Detection =
  | { ok: true; format: 'bundle' | 'timelinejs-json'; value: unknown }
  | { ok: true; format: 'timelinejs-csv' | 'stanceline-csv' }
  | { ok: false; problems: Problem[] };

export const ACCEPTED =
  'a Stanceline bundle, a TimelineJS JSON file, a TimelineJS spreadsheet saved as CSV, or the Stanceline CSV template';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(file: string, message: string, hint: string): Detection {
  return { ok: false, problems: [{ file, path: '', message, hint }] };
}

function detectJson(value: unknown, file: string): Detection {
  if (isBundleValue(value)) return { ok: true, format: 'bundle', value };
  if (looksLikeTimelineJs(value)) return { ok: true, format: 'timelinejs-json', value };
  if (isObject(value)) {
    const folderFile =
      'dataset' in value && 'events' in value
        ? null
        : 'schemaVersion' in value && 'subject' in value
          ? 'dataset.json'
          : 'groups' in value && 'actors' in value
            ? 'actors.json'
            : Array.isArray(value.events)
              ? 'events.json'
              : null;
    if (folderFile) {
      return refuse(
        file,
        `is the ${folderFile} of a dataset folder, not a whole record`,
        'make one file of the folder with `npm run bundle -- data/<id>`, then open that',
      );
    }
    if ('dataset' in value && ('events' in value || 'actors' in value)) {
      // Shaped like a bundle but without its marker: validate it as one, for precise messages.
      return { ok: true, format: 'bundle', value };
    }
    if (isObject(value.timeline)) {
      return refuse(
        file,
        'is a TimelineJS 2 file, which Stanceline cannot read',
        'TimelineJS 3 files have "events" at the top; open the timeline in TimelineJS 3 and export it',
      );
    }
  }
  return refuse(file, 'is JSON, but not a format Stanceline can open', `open ${ACCEPTED}`);
}

/**
 * Spreadsheet files people pick instead of their CSV export, by their first bytes (as text):
 * .xlsx and .ods are ZIP archives ("PK\u0003\u0004"), old .xls files are OLE documents.
 */
function workbookKind(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004'))
    return 'a spreadsheet workbook (.xlsx or .ods) or another ZIP file';
  if (text.startsWith('\u00D0\u00CF\u0011\u00E0')) return 'an Excel 97–2003 workbook (.xls)';
  return null;
}

export function detectFormat(text: string, file: string): Detection {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === undefined) return refuse(file, 'is empty', `open ${ACCEPTED}`);
  const workbook = workbookKind(body);
  if (workbook) {
    return refuse(
      file,
      `is ${workbook}, not a CSV file`,
      'save the sheet as CSV (Excel: Save As › CSV UTF-8; Google Sheets: File › Download › CSV), then open that',
    );
  }
  const head = body.slice(0, 4096);
  // NUL bytes, or the replacement characters that bytes which are not UTF-8 decode to.
  if (head.includes('\u0000') || (head.match(/\uFFFD/g)?.length ?? 0) > 8) {
    return refuse(file, 'is not a text file', `open ${ACCEPTED}`);
  }
  if (start === '{' || start === '[') {
    const json = parseJson(file, body);
    if (!json.ok) return { ok: false, problems: [json.problem] };
    return detectJson(json.value, file);
  }
  const csv = parseCsv(body, file);
  if (!csv.ok) return csv;
  const { header } = csv.table;
  if (isTimelineSheetHeader(header)) return { ok: true, format: 'timelinejs-csv' };
  if (isTemplateHeader(header)) return { ok: true, format: 'stanceline-csv' };
  if (header.length > 1) {
    return refuse(
      file,
      `is a table, but its columns (${header.slice(0, 6).join(', ')}${header.length > 6 ? ', …' : ''}) are not those of a format Stanceline can open`,
      'TimelineJS sheets start Year, Month, Day…; the Stanceline template needs date and title columns',
    );
  }
  return refuse(file, 'is not a format Stanceline can open', `open ${ACCEPTED}`);
}
