/**
 * CSV writing (RFC 4180): fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or edge spaces, and quotes inside doubled.
 *
 * Cells are also made safe to open in a spreadsheet: a cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula (CSV
 * injection, OWASP). Such a cell gets a leading apostrophe, which those programs show as text and
 * hide; the cost is one visible apostrophe in tools that do not know the convention, which is the
 * trade-off OWASP recommends over silently changing the text.
 */

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, neutralised against formulas and quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative count is data, not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /**
   * Prefix a UTF-8 byte-order mark. Excel assumes a legacy code page for CSV without one and
   * garbles every accent, dash and curly quote; other readers skip it.
   */
  bom?: boolean;
}

/** A table as CSV text: one record per row, CRLF after every record (including the last). */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
  options: CsvOptions = {},
): string {
  const body = rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
  return options.bom ? `\uFEFF${body}` : body;
}

/**
 * Reads CSV text back into rows: the inverse of `toCsv` (apart from the formula apostrophe,
 * which is data once written). Used by the tests to prove the round trip, and small enough not
 * to need a library.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && src[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
