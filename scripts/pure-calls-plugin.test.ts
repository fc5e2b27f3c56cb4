import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { annotatePureCalls } from './pure-calls-plugin.ts';

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
