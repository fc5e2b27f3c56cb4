import { describe, expect, it } from 'vitest';
import { fileNameOfUrl, titleFromFileName } from './build-record';

describe('titleFromFileName', () => {
  it('drops the folder and the extension', () => {
    expect(titleFromFileName('C:\\Users\\me\\Gaza votes.csv')).toBe('Gaza votes');
    expect(titleFromFileName('council.stanceline.json')).toBe('council');
    expect(titleFromFileName('notes')).toBe('notes');
  });
});

describe('fileNameOfUrl', () => {
  it('is the decoded last part of the path, or the host', () => {
    expect(fileNameOfUrl('https://x.org/a/my%20sheet.csv?y=1')).toBe('my sheet.csv');
    expect(fileNameOfUrl('https://x.org/')).toBe('x.org');
  });
});
