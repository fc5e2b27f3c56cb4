import { describe, expect, it } from 'vitest';
import { fontFilesFor, needsLatinExt } from './font-files';

describe('fontFilesFor', () => {
  it('embeds Latin in regular, bold and italic for plain text', () => {
    const files = fontFilesFor(
      'The U.S. stance on the Israel–Hamas war, “quoted” · 1 Mar – 30 Jun 2024',
    );
    expect(files.map((f) => f.file)).toEqual([
      'latin-400-normal',
      'latin-700-normal',
      'latin-400-italic',
    ]);
    expect(needsLatinExt('Ünïcödé café')).toBe(false);
  });

  it('adds Latin Extended when a name needs it', () => {
    expect(needsLatinExt('Łukasz Dąbrowski')).toBe(true);
    expect(needsLatinExt('Recep Tayyip Erdoğan')).toBe(true);
    expect(fontFilesFor('Erdoğan')).toHaveLength(6);
  });
});
