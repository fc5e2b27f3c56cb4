/**
 * zod 4 compiles object parsers with `new Function` unless told not to, and probes whether it may
 * by calling `new Function` once. Under the app's Content-Security-Policy (`script-src 'self'`,
 * no 'unsafe-eval') that probe is a reported violation on every load. Jitless parsing needs no
 * eval; it must be configured before the first parse, so schema.ts imports this first.
 *
 * The schema is written with `zod/mini`, whose functions tree-shake (the full `zod` API weighs
 * about three times as much in the first page load). Unlike `zod`, it ships no messages: the
 * English locale gives readers the same messages the validator has always shown.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true, ...en() });
