import { describe, expect, it } from 'vitest';
import { appBase, eventUrl, iframeSnippet, previewPageUrl, viewUrl } from './links';
import { DEFAULT_VIEW_STATE } from './view-state';

describe('appBase', () => {
  it('drops the query and the hash, keeps a sub-path', () => {
    expect(appBase('https://example.org/tools/stanceline/?actors=a#x')).toBe(
      'https://example.org/tools/stanceline/',
    );
  });
});

describe('viewUrl and eventUrl', () => {
  const base = 'https://example.org/app/';
  it('is the bare base for the default view', () => {
    expect(viewUrl(base, DEFAULT_VIEW_STATE)).toBe(base);
  });
  it('links one event without the filters of the current view', () => {
    const record = { dataset: 'other', src: null, file: null };
    const url = new URL(eventUrl(base, record, 'un-resolution-2728'));
    expect(url.searchParams.get('event')).toBe('un-resolution-2728');
    expect(url.searchParams.get('dataset')).toBe('other');
    expect(url.searchParams.has('actors')).toBe(false);
  });
  it('keeps a hosted file in the link to one of its events', () => {
    const record = { dataset: null, src: 'https://data.example.org/t.json', file: null };
    const url = new URL(eventUrl(base, record, 'x'));
    expect(url.searchParams.get('src')).toBe('https://data.example.org/t.json');
  });
});

describe('previewPageUrl', () => {
  it('puts the default dataset’s pages at e/<event>.html beside the app', () => {
    expect(previewPageUrl('https://example.org/app/', 'd', true, 'ev')).toBe(
      'https://example.org/app/e/ev.html',
    );
    expect(previewPageUrl('https://example.org/app/index.html', 'd', true, 'ev')).toBe(
      'https://example.org/app/e/ev.html',
    );
  });
  it('puts other datasets’ pages under e/<dataset>/', () => {
    expect(previewPageUrl('https://example.org/', 'other', false, 'ev')).toBe(
      'https://example.org/e/other/ev.html',
    );
  });
});

describe('iframeSnippet', () => {
  it('escapes the URL and the title as attribute values', () => {
    const html = iframeSnippet('https://x.org/?a=1&b="2"', 'War <“quoted”>', 720, 520);
    expect(html).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" title="War &lt;“quoted”&gt;" ' +
        'width="720" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
