/**
 * Spreadsheets saved as CSV, read with Papa Parse: quoted cells with commas, quotes ("") and
 * line breaks, CRLF or LF line ends, a byte-order mark, and the separator a spreadsheet's
 * locale chose (comma, semicolon or tab). Rows are numbered as the spreadsheet numbers them
 * (the header is row 1), blank rows included, so a message can send a person to the right row.
 */
import Papa from 'papaparse';
import type { Problem } from '../domain/validate';

export interface CsvRow {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Rows with at least one non-blank cell. */
  rows: CsvRow[];
  /** Rows that were entirely blank, skipped. */
  blankRows: number;
}

/** A header cell as a key: lower case, without spaces or punctuation ("End Year" → "endyear"). */
export function headerKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * The separator, from the header row: the one of comma, semicolon and tab it holds most (ties
 * go to the comma). Papa Parse's own guess weighs every row, and a column of "a; b" lists
 * would make it split on semicolons; a header row holds names, not lists.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  const counts = { ',': count(','), ';': count(';'), '\t': count('\t') } as const;
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsv(
  text: string,
  file: string,
): { ok: true; table: CsvTable } | { ok: false; problems: Problem[] } {
  const body = stripBom(text);
  const result = Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: false,
  });
  const errors = result.errors;
  if (errors.length) {
    return {
      ok: false,
      problems: errors.map((e) => ({
        file,
        ...(e.row !== undefined ? { itemId: `row ${e.row + 1}` } : {}),
        path: '',
        message:
          e.code === 'MissingQuotes'
            ? 'a quoted cell is never closed'
            : e.code === 'InvalidQuotes'
              ? 'a quote inside a cell is not doubled'
              : e.message,
        hint: 'inside a quoted cell, write a quote as "" — or save the sheet again as CSV',
      })),
    };
  }
  const [header = [], ...records] = result.data;
  // A file that ends with a line break has no row after it, not a blank one.
  const last = records[records.length - 1];
  const data = last?.length === 1 && last[0] === '' ? records.slice(0, -1) : records;
  const rows: CsvRow[] = [];
  let blankRows = 0;
  data.forEach((cells, i) => {
    if (isBlankRow(cells)) blankRows += 1;
    else rows.push({ row: i + 2, cells });
  });
  return { ok: true, table: { header: header.map((h) => h.trim()), rows, blankRows } };
}

/** Reads cells by header key; several keys are tried in turn (a column's other names). */
export function columnReader(header: readonly string[]) {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = headerKey(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  return {
    has: (...keys: string[]) => keys.some((k) => index.has(k)),
    /** The header as written, for messages. */
    name: (...keys: string[]) => {
      for (const k of keys) {
        const i = index.get(k);
        if (i !== undefined) return header[i] ?? k;
      }
      return keys[0] ?? '';
    },
    get: (cells: readonly string[], ...keys: string[]): string => {
      for (const k of keys) {
        const i = index.get(k);
        if (i !== undefined) return cells[i] ?? '';
      }
      return '';
    },
  };
}
