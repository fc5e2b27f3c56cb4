/**
 * Link parameters of the share features: `embed=1`, `story=<id>&step=<n>` and
 * `compare=YYYY-MM-DD..YYYY-MM-DD`. Each is a parse/serialize pair like the others in
 * `url-codec.ts` (which registers them): invalid values are warned about and fall back to the
 * default, and defaults are left out of links.
 */
import { isRealCalendarDate } from '../domain/dates';
import { compareDays } from './view-state';

type Warn = (message: string) => void;

interface Codec<T> {
  list: boolean;
  parse(raw: string, warn: Warn): T;
  serialize(value: T): string | null;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** `embed=1` (also `true`); `0`/`false` say "not embedded". Written as `embed=1`. */
export const embedCodec: Codec<boolean> = {
  list: false,
  parse(raw, warn) {
    if (raw === '1' || raw === 'true' || raw === '') return raw !== '';
    if (raw === '0' || raw === 'false') return false;
    warn(`Ignored "${clip(raw)}" in "embed": expected 1`);
    return false;
  },
  serialize: (value) => (value ? '1' : null),
};

/** A story step, 1-based: `step=3`. */
export const stepCodec: Codec<number | null> = {
  list: false,
  parse(raw, warn) {
    if (/^\d{1,6}$/.test(raw) && Number(raw) >= 1) return Number(raw);
    warn(`Ignored "${clip(raw)}" in "step": expected a step number from 1`);
    return null;
  },
  serialize: (value) => (value === null ? null : String(value)),
};

/**
 * Two days to compare: `compare=2024-01-01..2024-06-30`. Days given the wrong way round are
 * put in order, with a warning, like an inverted window.
 */
export const compareCodec: Codec<string | null> = {
  list: false,
  parse(raw, warn) {
    if (raw === '') return null;
    const days = compareDays(raw);
    if (days) {
      const ordered = `${days[0]}..${days[1]}`;
      if (ordered !== raw) warn(`Swapped the days in "compare": ${raw} became ${ordered}`);
      return ordered;
    }
    const parts = raw.split('..');
    const why =
      parts.length === 2 && parts.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p))
        ? `${parts.find((p) => !isRealCalendarDate(p)) ?? raw} is not a real date`
        : 'expected YYYY-MM-DD..YYYY-MM-DD';
    warn(`Ignored "${clip(raw)}" in "compare": ${why}`);
    return null;
  },
  serialize: (value) => value,
};
