import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs as written', () => {
    expect(safeHttpUrl('https://press.un.org/en/2024/sc15595.doc.htm')).toBe(
      'https://press.un.org/en/2024/sc15595.doc.htm',
    );
    expect(safeHttpUrl('HTTP://Example.org')).toBe('HTTP://Example.org');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    '//evil.example/path',
    '/relative/path',
    'example.org',
    '',
    'https://trusted.org@evil.example/',
    'https://user:pass@example.org/',
  ])('refuses %j', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });

  it('refuses anything that is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl({ toString: () => 'https://example.org' })).toBeNull();
  });

  it('only ever returns http(s) URLs', () => {
    fc.assert(
      fc.property(
        // Tricky scheme prefixes followed by anything (fc.webUrl is valid URLs only, and slow).
        fc
          .tuple(
            fc.constantFrom(
              '',
              'https://',
              'http://',
              'HTTPS://',
              ' https:',
              'javascript:',
              'java\tscript:',
              'data:',
              '//',
              'https://a@',
            ),
            fc.string(),
          )
          .map(([prefix, rest]) => prefix + rest),
        (s) => {
          const out = safeHttpUrl(s);
          return out === null || /^https?:$/.test(new URL(out).protocol);
        },
      ),
    );
  });
});
