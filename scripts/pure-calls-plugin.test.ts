import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as D3Time from 'd3-time';
import { annotatePureCalls, D3_TIME_ALIASES, D3_TIME_CALLS } from './pure-calls-plugin.ts';

const CALL = /^(?:var|const|let) [\w$]+ = (?=\(function custom\(|curveRadial\()/gm;

describe('annotatePureCalls', () => {
  it('marks the top-level factory calls and nothing else', () => {
    const code = [
      'var curveRadialLinear = curveRadial(curveLinear);',
      'var bundle = (function custom(beta) {',
      '  return beta;',
      '})(0.85);',
      'const k = 1 / sqrt(12);',
      '  var inner = curveRadial(x);',
    ].join('\n');
    const { code: out, marked } = annotatePureCalls(code, CALL, 'x.mjs');
    expect(marked).toBe(2);
    expect(out).toContain('var curveRadialLinear = /*#__PURE__*/curveRadial(curveLinear);');
    expect(out).toContain('var bundle = /*#__PURE__*/(function custom(beta) {');
    expect(out).toContain('const k = 1 / sqrt(12);');
    expect(out).toContain('  var inner = curveRadial(x);');
  });

  it('still finds every curve factory in the installed d3-shape', () => {
    // A d3-shape that renamed them would silently bring the curves back into the first load.
    const require = createRequire(import.meta.url);
    const file = require.resolve('d3-shape').replace(/d3-shape\.(min\.)?m?js$/, 'd3-shape.mjs');
    const { marked } = annotatePureCalls(readFileSync(file, 'utf8'), CALL, file);
    expect(marked).toBe(8);
  });
});

describe('annotatePureCalls on d3-time', () => {
  const require = createRequire(import.meta.url);
  const file = require.resolve('d3-time').replace(/d3-time\.(min\.)?m?js$/, 'd3-time.mjs');
  const source = readFileSync(file, 'utf8');
  /** d3-time 3.1: 27 intervals and weekdays, each with its plural alias, and 2 tick makers. */
  const CALLS = 29;
  const ALIASES = 27;

  it('reads the plural aliases through a pure call, and nothing else', () => {
    const code = [
      'const timeMinutes = timeMinute.range;',
      'const utcSunday = utcWeekday(0);',
      'const [utcTicks, utcTickInterval] = ticker(utcYear, utcMonth);',
      '  const inner = x.range;',
    ].join('\n');
    const { code: out, marked } = annotatePureCalls(code, D3_TIME_CALLS, 'x.mjs', D3_TIME_ALIASES);
    expect(marked).toBe(3);
    expect(out).toContain('const timeMinutes = /*#__PURE__*/(() => timeMinute.range)();');
    expect(out).toContain('const utcSunday = /*#__PURE__*/utcWeekday(0);');
    expect(out).toContain('const [utcTicks, utcTickInterval] = /*#__PURE__*/ticker(');
    expect(out).toContain('  const inner = x.range;');
  });

  it('still finds every interval, alias and tick maker in the installed d3-time', () => {
    // A d3-time that renamed them would silently bring every interval back into the first load.
    expect([...source.matchAll(D3_TIME_CALLS)].length).toBe(CALLS);
    expect([...source.matchAll(D3_TIME_ALIASES)].length).toBe(ALIASES);
  });

  it('gives the same intervals and ticks once annotated', async () => {
    const { code } = annotatePureCalls(source, D3_TIME_CALLS, file, D3_TIME_ALIASES);
    const dir = mkdtempSync(join(tmpdir(), 'd3-time-'));
    const path = join(dir, 'd3-time.mjs');
    // d3-time imports d3-array by name: resolve it from here.
    const array = pathToFileURL(require.resolve('d3-array')).href;
    writeFileSync(path, code.replace(/from ['"]d3-array['"]/g, `from ${JSON.stringify(array)}`));
    const annotated = (await import(pathToFileURL(path).href)) as typeof D3Time;
    const original = await import('d3-time');
    const start = new Date(Date.UTC(2023, 9, 7));
    const end = new Date(Date.UTC(2024, 11, 31));
    for (const name of ['utcDays', 'utcMondays', 'utcMonths', 'utcYears', 'timeSundays'] as const) {
      expect(annotated[name](start, end)).toEqual(original[name](start, end));
    }
    expect(annotated.utcTicks(start, end, 10)).toEqual(original.utcTicks(start, end, 10));
    expect(annotated.utcHour.every(6)?.range(start, new Date(+start + 864e5))).toEqual(
      original.utcHour.every(6)?.range(start, new Date(+start + 864e5)),
    );
  });
});
