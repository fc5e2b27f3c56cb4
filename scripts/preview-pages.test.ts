import { describe, expect, it } from 'vitest';
import { makeDatasetFiles } from '../src/domain/test-fixtures';
import { validateDatasetValues } from '../src/domain/validate';
import { escapeHtml, previewPage, shortDescription } from './preview-pages';

function fixture() {
  const files = makeDatasetFiles();
  const result = validateDatasetValues(files);
  if (!result.ok) throw new Error('fixture is invalid');
  return result.dataset;
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('previewPage', () => {
  it('carries the title and date in Open Graph meta and redirects to the app', () => {
    const { meta, events } = fixture();
    const event = events[0]!;
    const page = previewPage(meta, event, true);
    expect(page.fileName).toBe('e/us-draft-vetoed.html');
    expect(page.html).toContain(
      '<meta property="og:title" content="Russia and China veto the U.S. draft">',
    );
    expect(page.html).toContain('content="22 March 2024. A U.S. text on a ceasefire fails."');
    expect(page.html).toContain(
      '<meta http-equiv="refresh" content="0; url=../?v=2&amp;event=us-draft-vetoed">',
    );
    expect(page.html).not.toContain('og:url');
  });

  it('names a month-precision event "in" its month, capitalised where it opens a sentence', () => {
    const { meta, events } = fixture();
    const event = { ...events[0]!, date: '2024-03-01', precision: 'month' as const };
    const page = previewPage(meta, event, true);
    expect(page.html).toContain('content="In March 2024. A U.S. text on a ceasefire fails."');
    expect(page.html).toContain('(in March 2024)');
  });

  it('puts other datasets in their own folder and names the dataset in the link', () => {
    const { meta, events } = fixture();
    const page = previewPage(meta, events[0]!, false, 'https://example.org/tools/stanceline');
    expect(page.fileName).toBe('e/fixture/us-draft-vetoed.html');
    expect(page.html).toContain('url=../../?v=2&amp;dataset=fixture&amp;event=us-draft-vetoed');
    expect(page.html).toContain(
      '<meta property="og:url" content="https://example.org/tools/stanceline/?v=2&amp;dataset=fixture&amp;event=us-draft-vetoed">',
    );
  });

  it('names the picture beside the page, absolute when the site is known', () => {
    const { meta, events } = fixture();
    const event = events[0]!;
    const plain = previewPage(meta, event, true);
    expect(plain.imageFileName).toBeUndefined();
    expect(plain.html).not.toContain('og:image');
    expect(plain.html).toContain('<meta name="twitter:card" content="summary">');

    const local = previewPage(meta, event, true, undefined, true);
    expect(local.imageFileName).toBe(`e/${event.id}.png`);
    expect(local.html).toContain(`<meta property="og:image" content="${event.id}.png">`);
    expect(local.html).toContain('<meta property="og:image:width" content="1200">');
    expect(local.html).toContain('<meta property="og:image:height" content="630">');
    expect(local.html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(local.html).toMatch(/<meta property="og:image:alt" content="[^"]+, 22 March 2024, on/);

    const hosted = previewPage(meta, event, false, 'https://example.org/tools/stanceline', true);
    expect(hosted.imageFileName).toBe(`e/fixture/${event.id}.png`);
    expect(hosted.html).toContain(
      `<meta property="og:image" content="https://example.org/tools/stanceline/e/fixture/${event.id}.png">`,
    );
  });

  it('never lets data break out of an attribute or inject markup', () => {
    const { meta, events } = fixture();
    const hostile = {
      ...events[0]!,
      title: '"><script>alert(1)</script>',
      summary: [{ text: '<img src=x onerror=alert(1)>', cite: [] }],
    };
    const { html } = previewPage(meta, hostile, true);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('shortDescription', () => {
  const sentence = (n: number) => `Sentence ${n} says what the U.S. did on the day, in words.`;

  it('keeps a short text as it is', () => {
    expect(shortDescription('25 March 2024. The Council voted.')).toBe(
      '25 March 2024. The Council voted.',
    );
  });

  it('keeps as many whole sentences as fit', () => {
    const text = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
    const short = shortDescription(text, 200);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short).toMatch(
      /^Sentence 1 .*Sentence 3 says what the U\.S\. did on the day, in words\.$/,
    );
    expect(text.startsWith(short)).toBe(true);
  });

  it('cuts a first sentence longer than the room at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(100)}end.`;
    const short = shortDescription(long, 100);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short).toMatch(/^word( word)*…$/);
  });
});
