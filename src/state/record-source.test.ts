import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from './view-state';
import { checkSourceUrl, recordRefOf, shadowedRecordParams, viewForRecord } from './record-source';

const PAGE = 'https://stanceline.example.net/tools/stanceline/?v=2&src=x';

describe('recordRefOf', () => {
  it('prefers a hosted file, then a local one, then the dataset', () => {
    const ids = { dataset: 'a', src: 'https://x.org/t.json', file: 'f-1' };
    expect(recordRefOf(ids)).toEqual({ kind: 'hosted', src: 'https://x.org/t.json' });
    expect(recordRefOf({ ...ids, src: null })).toEqual({ kind: 'local', key: 'f-1' });
    expect(recordRefOf({ ...ids, src: null, file: null })).toEqual({ kind: 'bundled', id: 'a' });
    expect(recordRefOf(DEFAULT_VIEW_STATE)).toEqual({ kind: 'bundled', id: null });
  });

  it('names what loses', () => {
    expect(shadowedRecordParams({ dataset: 'a', src: 'x.csv', file: 'f-1' })).toEqual([
      'file=f-1',
      'dataset=a',
    ]);
    expect(shadowedRecordParams({ dataset: 'a', src: null, file: null })).toEqual([]);
  });
});

describe('viewForRecord', () => {
  it('keeps the view mode and drops the last record’s filters, window and event', () => {
    const current = {
      ...DEFAULT_VIEW_STATE,
      dataset: 'us-stance-gaza',
      actors: ['blinken'],
      event: 'x',
      from: '2024-01-01',
      view: 'list' as const,
    };
    expect(viewForRecord(current, { kind: 'local', key: 'f-9' })).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'list',
      file: 'f-9',
    });
  });
});

describe('checkSourceUrl', () => {
  it('accepts https anywhere and resolves paths against the page', () => {
    expect(checkSourceUrl('https://data.example.org/t.json#x', PAGE)).toEqual({
      ok: true,
      url: 'https://data.example.org/t.json',
    });
    expect(checkSourceUrl('files/t.csv', PAGE)).toEqual({
      ok: true,
      url: 'https://stanceline.example.net/tools/stanceline/files/t.csv',
    });
  });

  it('accepts http only on the page’s own origin', () => {
    const local = 'http://127.0.0.1:4173/';
    expect(checkSourceUrl('/fixtures/t.json', local)).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4173/fixtures/t.json',
    });
    expect(checkSourceUrl('http://127.0.0.1:4173/t.json', local).ok).toBe(true);
    expect(checkSourceUrl('http://127.0.0.1:9999/t.json', local)).toEqual({
      ok: false,
      message:
        'Did not open "http://127.0.0.1:9999/t.json": it is not a secure (https://) address. Stanceline opens hosted files only over https:// or from this site.',
    });
  });

  it.each([
    ['http://data.example.org/t.json', 'it is not a secure (https://) address'],
    ['javascript:alert(1)', '"javascript:" addresses are never opened'],
    ['data:application/json,{}', '"data:" addresses are never opened'],
    ['file:///etc/passwd', '"file:" addresses are never opened'],
    ['https://user:secret@data.example.org/t.json', 'addresses with a user name or password'],
  ])('refuses %s', (raw, reason) => {
    const check = checkSourceUrl(raw, PAGE);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(reason);
  });

  it('shortens a long address in the refusal', () => {
    const check = checkSourceUrl(`ftp://x.org/${'a'.repeat(500)}`, PAGE);
    expect(check.ok ? '' : check.message).toMatch(/^Did not open "ftp:\/\/x\.org\/a{67}…"/);
  });
});
