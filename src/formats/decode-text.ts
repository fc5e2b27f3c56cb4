/**
 * A file's bytes as text. Files are read as UTF-8 (with or without a byte-order mark); a file
 * that is not valid UTF-8 is read as Windows-1252, the encoding Excel on Windows uses when it
 * saves "CSV (Comma delimited)", so that "café" and curly quotes arrive as written instead of
 * as replacement characters. Binary files are left to format detection, which names them.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1 (the five
 * bytes it leaves undefined stay as they are). Browsers decode them so already; Node's
 * TextDecoder reads "windows-1252" as Latin-1, and `npm run import` runs there.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // `fatal` throws on the first byte sequence that is not UTF-8; the BOM is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}

/** For the import summary: how a file that was not UTF-8 was read. */
export function encodingNote(encoding: TextEncodingName): string | null {
  return encoding === 'utf-8'
    ? null
    : 'read as Windows-1252, since the file is not UTF-8 (save it as “CSV UTF-8” to be sure)';
}
