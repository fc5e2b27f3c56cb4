/**
 * d3-shape ships one file (dist/d3-shape.mjs) whose curve factories are built by top-level calls
 * (`var bundle = (function custom(beta) {…})(0.85)`, `curveRadial(curveLinear)`). The bundler
 * cannot tell those calls are free of side effects, so importing only `symbol` kept every curve,
 * about 9 KB of minified code, in the page's first script. Each call only builds a function and
 * sets properties on it; marking it `/*#__PURE__*\/` lets the bundler drop the ones the app does
 * not use. Only the calls matched below are marked, so a future d3-shape that changes them is
 * left as it is (larger, never broken).
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * d3-time likewise builds every interval it exports at the top level (`const timeMinute =
 * timeInterval(…)`, `const utcSunday = utcWeekday(0)`, and the two tick makers, `const [utcTicks,
 * utcTickInterval] = ticker(…)`); the chart's axis uses five UTC intervals of about forty
 * (about 0.7 KB gzip of the first load with the aliases below).
 */
export const D3_TIME_CALLS =
  /^const (?:[\w$]+|\[[\w$]+, [\w$]+\]) = (?=timeInterval\(|timeWeekday\(|utcWeekday\(|ticker\()/gm;

/**
 * Its plural aliases (`const timeMinutes = timeMinute.range;`) read a property, which the
 * bundler must assume may run a getter, so each would keep its interval: the read is wrapped in
 * a pure call, the same value once it is used.
 */
export const D3_TIME_ALIASES = /^const ([\w$]+) = ([\w$]+)\.range;$/gm;

/** Which files, and which top-level initialisers in them, are pure calls. */
const PURE_CALLS: readonly { file: RegExp; call: RegExp; aliases?: RegExp }[] = [
  {
    file: /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/,
    call: /^(?:var|const|let) [\w$]+ = (?=\(function custom\(|curveRadial\()/gm,
  },
  {
    file: /[\\/]node_modules[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/,
    call: D3_TIME_CALLS,
    aliases: D3_TIME_ALIASES,
  },
];

const PURE = '/*#__PURE__*/';

/**
 * `code` with each match of `call` followed by a pure annotation, each match of `aliases`
 * (`const a = b.range;`) read through a pure call, and its source map.
 */
export function annotatePureCalls(code: string, call: RegExp, id: string, aliases?: RegExp) {
  const s = new MagicString(code);
  let marked = 0;
  for (const m of code.matchAll(call)) {
    s.appendLeft(m.index + m[0].length, PURE);
    marked += 1;
  }
  for (const m of aliases ? code.matchAll(aliases) : []) {
    const [line, name, object] = m;
    s.overwrite(
      m.index,
      m.index + line.length,
      `const ${name} = ${PURE}(() => ${object}.range)();`,
    );
    marked += 1;
  }
  return { code: s.toString(), map: s.generateMap({ source: id, hires: true }), marked };
}

export function pureCallsPlugin(): Plugin {
  return {
    name: 'stanceline:pure-calls',
    apply: 'build',
    transform(code, id) {
      const rule = PURE_CALLS.find((r) => r.file.test(id));
      if (!rule) return null;
      const { code: out, map, marked } = annotatePureCalls(code, rule.call, id, rule.aliases);
      return marked === 0 ? null : { code: out, map };
    },
  };
}
