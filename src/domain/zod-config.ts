/**
 * zod 4 compiles object parsers with `new Function` unless told not to, and probes whether it may
 * by calling `new Function` once. Under the app's Content-Security-Policy (`script-src 'self'`,
 * no 'unsafe-eval') that probe is a reported violation on every load. Jitless parsing needs no
 * eval; it must be configured before the first parse, so schema.ts imports this first.
 */
import { z } from 'zod';

z.config({ jitless: true });
