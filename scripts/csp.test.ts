import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, headersFile, SECURITY_HEADERS } from './csp.ts';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('the Content-Security-Policy', () => {
  it('allows no inline script, no eval and no inline style', () => {
    expect(CSP_HEADER).not.toMatch(/unsafe-|nonce-|sha\d+-/);
    const directive = (name: string) => CSP_DIRECTIVES.find(([n]) => n === name)?.[1];
    expect(directive('script-src')).toBe("'self'");
    expect(directive('style-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
  });

  it('leaves out of the meta tag only what a meta tag cannot carry', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER.replace(/; frame-ancestors [^;]*$/, '')).toBe(CSP_META);
  });

  it('is quoted in the README exactly, for every host example', () => {
    // The header block, nginx and Apache each quote the full policy.
    expect(readme.split(CSP_HEADER).length - 1).toBe(3);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(readme).toContain(`${name}: ${value}`);
    }
  });

  it('writes every header into the _headers file for every path', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`  ${name}: ${value}\n`);
    }
  });
});
