import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, parseCsv, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Resolution 2728')).toBe('Resolution 2728');
  });

  it('quotes a comma, and doubles quotes inside a quoted field', () => {
    expect(csvCell('Russia, China')).toBe('"Russia, China"');
    expect(csvCell('the "red line"')).toBe('"the ""red line"""');
  });

  it('quotes line breaks of every kind', () => {
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('quotes leading and trailing spaces so that readers do not trim them', () => {
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('keeps Unicode as written', () => {
    expect(csvCell('Israel–Hamas “war” — Zürich, 北京')).toBe(
      '"Israel–Hamas “war” — Zürich, 北京"',
    );
    expect(csvCell('emoji 🇺🇸')).toBe('emoji 🇺🇸');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell that a spreadsheet would run as a formula: %j',
    (value) => {
      const cell = csvCell(value);
      const [[read]] = parseCsv(cell) as [[string]];
      expect(read).toBe(`'${value}`);
    },
  );

  it('writes numbers as numbers, even negative ones, and empty for nothing', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF and can prefix a byte-order mark', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('round-trips any text that does not look like a formula', () => {
    const cell = fc
      .string({ unit: 'grapheme', maxLength: 20 })
      .filter((s) => !/^[=+\-@\t\r]/.test(s));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, (rows) => {
        // A lone empty field on a line reads back as an empty record either way.
        const normal = rows.map((r) => (r.length === 1 && r[0] === '' ? [''] : r));
        expect(parseCsv(toCsv(normal, { bom: true }))).toEqual(normal);
      }),
    );
  });
});
