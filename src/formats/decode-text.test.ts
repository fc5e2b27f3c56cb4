import { describe, expect, it } from 'vitest';
import { decodeText, encodingNote } from './decode-text';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('\uFEFFdate,title\n2024-03-22,Café’s vote');
    expect(decodeText(utf8)).toEqual({
      text: 'date,title\n2024-03-22,Café’s vote',
      encoding: 'utf-8',
    });
  });

  it('reads what is not UTF-8 as Windows-1252, as Excel saves CSV on Windows', () => {
    // "Café’s" in Windows-1252: é is 0xE9, the right single quote 0x92.
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x92, 0x73))).toEqual({
      text: 'Café’s',
      encoding: 'windows-1252',
    });
  });

  it('maps the whole 0x80–0x9F range as Windows-1252 does', () => {
    const { text } = decodeText(bytes(0xff, 0x80, 0x81, 0x8a, 0x93, 0x94, 0x96, 0x9f));
    expect(text).toBe('ÿ€\u0081Š“”–Ÿ');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('says how a file that was not UTF-8 was read, and nothing for UTF-8', () => {
    expect(encodingNote('utf-8')).toBeNull();
    expect(encodingNote('windows-1252')).toMatch(/^read as Windows-1252/);
  });
});
