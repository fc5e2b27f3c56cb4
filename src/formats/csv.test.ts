import { describe, expect, it } from 'vitest';
import { detectDelimiter, headerKey, parseCsv } from './csv';

describe('detectDelimiter', () => {
  it('takes the separator of the header row, not of lists inside cells', () => {
    expect(detectDelimiter('date,title,actors\r\n2024,"A; B; C","x; y"')).toBe(',');
    expect(detectDelimiter('date;title;actors\n2024;A, B;x')).toBe(';');
    expect(detectDelimiter('date\ttitle\n2024\tA')).toBe('\t');
    expect(detectDelimiter('date')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('numbers rows as the spreadsheet does, counting blank rows and multi-line cells', () => {
    const result = parseCsv('a,b\n"x\ny",1\n\n,\nz,2', 'f.csv');
    expect(result).toEqual({
      ok: true,
      table: {
        header: ['a', 'b'],
        rows: [
          { row: 2, cells: ['x\ny', '1'] },
          { row: 5, cells: ['z', '2'] },
        ],
        blankRows: 2,
      },
    });
  });

  it('reports a quote that is never closed, at its row', () => {
    const result = parseCsv('a,b\n1,"open\n2,3', 'f.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({
      file: 'f.csv',
      message: 'a quoted cell is never closed',
    });
  });
});

describe('headerKey', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(headerKey(' End Year ')).toBe('endyear');
    expect(headerKey('Source URLs')).toBe('sourceurls');
    expect(headerKey('date_note')).toBe('datenote');
  });
});

describe('parseCsv: line ends', () => {
  it('does not count the line break that ends the file as a blank row', () => {
    const result = parseCsv('a,b\r\n1,2\r\n', 'f.csv');
    expect(result.ok && result.table.blankRows).toBe(0);
    expect(result.ok && result.table.rows).toEqual([{ row: 2, cells: ['1', '2'] }]);
  });
});
