import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, isHttpUrlByParser } from './validate-url';

const label = fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/);
const tail = fc.string({
  unit: fc.constantFrom('/', '?', '#', 'a', '%', ' ', '\\', '.', '-', '1', 'é', ':', '@'),
});

describe('isHttpUrl', () => {
  it('answers as the URL parser does, on addresses of every shape', () => {
    const address = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', 'http:/', 'http://user@', ''),
        fc.array(label, { minLength: 0, maxLength: 4 }),
        fc.constantFrom('', '.', ':80', ':99999', '..'),
        tail,
      )
      .map(([scheme, labels, port, rest]) => `${scheme}${labels.join('.')}${port}${rest}`);
    fc.assert(
      fc.property(address, (s) => {
        expect(isHttpUrl(s)).toBe(isHttpUrlByParser(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the URL parser does on hosts the pattern leaves to it', () => {
    for (const s of [
      'http://1.2.3.999/',
      'http://1.2.3.4/',
      'http://0x1f/',
      'http://example.0x1f/',
      'http://xn--a.com/',
      'http://example.xn--p1ai/',
      'http://a..b/',
      'https://example.org/a b',
      ' https://example.org/',
      'https://exa_mple.org/',
      'javascript:alert(1)',
      'https://example.org/stanceline/stress-10k/ev-00006',
    ]) {
      expect(isHttpUrl(s), s).toBe(isHttpUrlByParser(s));
    }
  });
});
