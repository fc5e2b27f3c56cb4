import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, httpUrl } from './html-text';

const UN = 'https://press.un.org/en/2024/sc15637.doc.htm';

describe('htmlToText', () => {
  it('keeps paragraphs, drops tags and collapses whitespace', () => {
    const out = htmlToText('<p>First  <b>bold</b>\n line.</p><p>Second<br/>third</p>plain tail');
    expect(out.paragraphs).toEqual(['First bold line.', 'Second', 'third', 'plain tail']);
  });

  it('decodes named, decimal and hex entities exactly once', () => {
    const out = htmlToText(
      'AT&amp;T &lt;b&gt; &quot;q&quot; &#8212; &#x2019; &amp;amp; caf&eacute;',
    );
    expect(out.paragraphs).toEqual(['AT&T <b> "q" — ’ &amp; café']);
  });

  it('turns non-breaking spaces into plain spaces', () => {
    expect(htmlToText('a&nbsp;&nbsp;b\u00a0c').paragraphs).toEqual(['a b c']);
  });

  it('collects links with their text and paragraph, once each', () => {
    const out = htmlToText(
      `<p>See <a href="${UN}">the <i>press release</i></a>.</p><p>Again <a href='${UN}'>here</a></p>`,
    );
    expect(out.links).toEqual([{ url: UN, text: 'the press release', paragraph: 0 }]);
  });

  it('makes protocol-relative links https and leaves out other schemes', () => {
    const out = htmlToText(
      '<a href="//www.state.gov/x">a</a><a href="javascript:alert(1)">b</a><a href="mailto:x@y">c</a><a href="/local">d</a>',
    );
    expect(out.links.map((l) => l.url)).toEqual(['https://www.state.gov/x']);
    expect(out.paragraphs).toEqual(['abcd']);
  });

  it('finds bare URLs, as TimelineJS autolinks them, without the sentence’s punctuation', () => {
    const out = htmlToText(`Read it (at ${UN}). Or https://www.state.gov/a_(b).`);
    expect(out.links.map((l) => l.url)).toEqual([UN, 'https://www.state.gov/a_(b)']);
    expect(out.links[0]?.text).toBe('');
  });

  it('drops scripts, styles and frames with their content', () => {
    const out = htmlToText(
      'a<script>alert("x")</script>b<style>p{color:red}</style>c<iframe src="x">frame</iframe>d<svg><text>s</text></svg>e',
    );
    expect(out.paragraphs).toEqual(['abcde']);
  });

  it('keeps hostile markup as text when it is escaped, and never as markup', () => {
    const out = htmlToText('&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)>');
    expect(out.paragraphs).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('survives broken markup: unclosed tags, stray closers, attributes without quotes', () => {
    const out = htmlToText('<p>one <b>two</p></i><div class=x>three<p>four');
    expect(out.paragraphs).toEqual(['one two', 'three', 'four']);
  });

  it('strips control characters', () => {
    expect(htmlToText('a\u0000b\u0007c\u009fd').paragraphs).toEqual(['abcd']);
  });

  it('gives nothing for empty or whitespace-only input', () => {
    expect(htmlToText('')).toEqual({ paragraphs: [], links: [] });
    expect(htmlToText('<p> </p>\n<br>')).toEqual({ paragraphs: [], links: [] });
  });

  it('never lets a tag through, whatever the input', () => {
    // Without '&', no entity can decode to a '<' that is text, not markup.
    const text = fc.string().filter((s) => !s.includes('&'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const out = htmlToText(`<b>${a}</b><p onclick="x">${b}</p>`);
        for (const p of out.paragraphs) {
          expect(p).not.toMatch(/<\/?(b|p)\b/);
          expect(p).toBe(p.trim());
        }
      }),
    );
  });
});

describe('htmlToLine', () => {
  it('joins a headline’s lines with a space', () => {
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
  });
});

describe('httpUrl', () => {
  it('accepts http(s) only', () => {
    expect(httpUrl(` ${UN} `)).toBe(UN);
    expect(httpUrl('ftp://x.org/')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl('')).toBeNull();
  });
});
