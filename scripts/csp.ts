/**
 * The Content-Security-Policy, in one place: `vite preview` sends it as a header, the build puts
 * what a <meta> tag can carry into index.html and writes a `_headers` file for hosts that read
 * one (Netlify, Cloudflare Pages), and the README quotes it (a test keeps them equal).
 */
import type { Plugin } from 'vite';

/**
 * Directive → sources. Why each one is what it is:
 * - `script-src 'self'`: the app is one bundled module; no inline script, no eval (zod runs
 *   jitless, see src/domain/zod-config.ts).
 * - `style-src 'self'`: one stylesheet; styles that come from data (colours, positions) are set
 *   through the CSSOM (React's `style` prop), which this does not restrict.
 * - `img-src data: blob:`: exported images are shown and saved through blob: URLs.
 * - `connect-src 'self' https:`: datasets are fetched from the site itself, and `?src=` links
 *   open a file hosted on any https:// server (which must allow it with CORS).
 * - `worker-src 'self'`: the parsing worker and the offline service worker are files of the
 *   site.
 * - `frame-ancestors 'self' https:`: newsrooms embed the timeline in their https pages. Use
 *   `'none'` to forbid embedding, or list your own origins. A <meta> cannot carry it.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' https:"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self' https:"],
];

/** Directives the CSP spec ignores in a <meta> tag; they only work as a header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const join = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as an HTTP header value. */
export const CSP_HEADER = join(CSP_DIRECTIVES);

/** The policy as the built index.html's <meta http-equiv> carries it. */
export const CSP_META = join(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** Every header a host should send with the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The `_headers` file of Netlify and Cloudflare Pages: every path gets the headers. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return `/*\n${lines.join('\n')}\n`;
}

/**
 * Puts the CSP meta tag first in the built index.html's <head> (a meta CSP covers only what
 * follows it) and writes `_headers`. Build only: the dev server injects inline scripts for hot
 * reload, which the policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'stanceline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
