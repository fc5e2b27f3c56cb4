/**
 * A fast path for the schema's happy case. Jitless zod (zod-config.ts: the page's CSP forbids the
 * `new Function` its compiled parsers need) walks every value through generic machinery — a
 * payload object per value, issue arrays, presence rules looked up per key — which took about
 * 150 ms of the 250 ms a 10,000-event record spends in validation. This walks the same schema,
 * compiled once into plain closures from zod's own definitions, and answers only "valid, and here
 * is what zod would output" or "not sure": at the first doubt (a value of the wrong type, a check
 * that adds an issue, a kind of schema it does not know) it gives up and zod parses the value as
 * before, so every message a reader sees still comes from zod itself.
 *
 * What it must never do is accept what zod rejects, or output something else: the checks
 * (regexes, trims, lengths, bounds, `z.int`) are zod's own, called as zod calls them; the
 * structure (objects, arrays, optional and default values) follows zod's rules for present and
 * absent keys, key order and defaults, and a property test holds it to zod on random values.
 */
import type * as z from 'zod/mini';

/** "Not sure": zod decides. */
const FAIL: unique symbol = Symbol('fail');
type Parse = (input: unknown) => unknown;

/** The parts of a zod schema's internals this reads (zod/v4/core `$ZodType._zod`). */
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Check {
  _zod: {
    def: { when?: (payload: Payload) => boolean };
    check: (payload: Payload) => unknown;
    traits?: Set<string>;
  };
}
interface Node {
  _zod: {
    def: {
      type: string;
      checks?: Check[];
      coerce?: boolean;
      element?: Node;
      innerType?: Node;
      shape?: Record<string, Node>;
      catchall?: Node;
      readonly defaultValue?: unknown;
    };
    traits: Set<string>;
    optin?: 'optional' | 'defaulted';
    optout?: 'optional';
    values?: Set<unknown>;
  };
}

/** zod's checks of a node, in zod's order: a schema that is itself a check (z.int) comes first. */
function checksOf(node: Node): Check[] {
  const own = node._zod.def.checks ?? [];
  return node._zod.traits.has('$ZodCheck') ? [node as unknown as Check, ...own] : own;
}

/** One check on a value: the value it leaves (an overwrite changes it), or FAIL. */
type Step = (value: unknown) => unknown;

/** A check as zod runs it (`when` decides whether it applies); FAIL if it adds an issue. */
function zodStep(check: Check): Step {
  // One payload per check, reused: checks never call back into a parser, and a check that
  // added an issue has already made the value FAIL.
  const payload: Payload = { value: undefined, issues: [] };
  const { when } = check._zod.def;
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    if (when && !when(payload)) return value;
    // An asynchronous check (none in the schema) is left to zod, which refuses it.
    if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return FAIL;
    return payload.value;
  };
}

/**
 * The checks the schema uses on every event, without zod's payload: each answers at once only
 * where zod surely passes (the same regex test, the same transform, a length no counting of
 * code points could bring under the minimum) and asks zod's own check otherwise. A note
 * (`describe`, `meta`) checks nothing. Anything else is zod's check.
 */
function stepFor(check: Check): Step | null {
  const { traits } = check._zod;
  const def = check._zod.def as Check['_zod']['def'] & {
    check?: string;
    pattern?: RegExp;
    tx?: (value: unknown) => unknown;
    minimum?: number;
  };
  if (def.check === 'describe' || def.check === 'meta') return null;
  const viaZod = zodStep(check);
  if (traits?.has('$ZodCheckRegex') && def.pattern) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return typeof value === 'string' && pattern.test(value) ? value : viaZod(value);
    };
  }
  // An overwrite that may not apply (`when`) is zod's to decide.
  if (traits?.has('$ZodCheckOverwrite') && def.tx && !def.when) {
    const tx = def.tx;
    return (value) => tx(value);
  }
  if (traits?.has('$ZodCheckMinLength') && typeof def.minimum === 'number') {
    const min = def.minimum;
    // zod counts a string's code points only below twice the minimum in UTF-16 units.
    return (value) =>
      (typeof value === 'string' && value.length >= 2 * min) ||
      (Array.isArray(value) && value.length >= min)
        ? value
        : viaZod(value);
  }
  return viaZod;
}

/** The node's own parsing, then its checks in zod's order; FAIL at the first doubt. */
function withChecks(base: Parse, checks: readonly Check[]): Parse {
  const steps = checks.map(stepFor).filter((step): step is Step => step !== null);
  if (steps.length === 0) return base;
  return (input) => {
    let value = base(input);
    for (const step of steps) {
      if (value === FAIL) return FAIL;
      value = step(value);
    }
    return value;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Field {
  key: string;
  parse: Parse;
  optin: 'optional' | 'defaulted' | undefined;
  optout: 'optional' | undefined;
}

/** zod's object: its keys in the shape's order, each present or absent as zod's rules say. */
function objectParser(node: Node): Parse | null {
  const { shape, catchall } = node._zod.def;
  if (!shape || Object.getOwnPropertySymbols(shape).length > 0) return null;
  // No catchall drops unknown keys; `never` (a strict object) refuses them; others are zod's.
  const strict = catchall !== undefined;
  if (strict && catchall._zod.def.type !== 'never') return null;
  const fields: Field[] = [];
  for (const [key, child] of Object.entries(shape)) {
    if (key === '__proto__') return null;
    const parse = compile(child);
    if (!parse) return null;
    fields.push({ key, parse, optin: child._zod.optin, optout: child._zod.optout });
  }
  const keys = new Set(fields.map((f) => f.key));
  return (input) => {
    if (!isObject(input)) return FAIL;
    if (strict) for (const key in input) if (!keys.has(key)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const { key, parse, optin, optout } of fields) {
      const raw = input[key];
      // Present as zod asks it (`in`); a value read means the key is there.
      const present = raw !== undefined || key in input;
      if (!present && optout === 'optional' && optin === 'optional') continue;
      const value = parse(raw);
      if (value === FAIL) {
        // zod ignores an absent optional key's issues.
        if (!present && optin !== undefined && optout === 'optional') continue;
        return FAIL;
      }
      if (!present && optin === undefined) return FAIL;
      if (value !== undefined) out[key] = value;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };
}

function arrayParser(element: Node): Parse | null {
  const parse = compile(element);
  if (!parse) return null;
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const out: unknown[] = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = parse(input[i]);
      if (value === FAIL) return FAIL;
      out[i] = value;
    }
    return out;
  };
}

/** The node's own parsing, before its checks; null for a kind this does not know. */
function baseParser(node: Node): Parse | null {
  const def = node._zod.def;
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : FAIL);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : FAIL);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : FAIL);
    case 'enum':
    case 'literal': {
      const values = node._zod.values;
      return values ? (input) => (values.has(input) ? input : FAIL) : null;
    }
    case 'array':
      return def.element ? arrayParser(def.element) : null;
    case 'object':
      return objectParser(node);
    case 'optional': {
      const inner = def.innerType;
      // An optional default has rules of its own; the schema has none.
      if (!inner || inner._zod.optin === 'defaulted') return null;
      const parse = compile(inner);
      return parse && ((input) => (input === undefined ? undefined : parse(input)));
    }
    case 'default': {
      const inner = def.innerType;
      const parse = inner && compile(inner);
      if (!parse) return null;
      // `defaultValue` is zod's getter: a fresh copy each time, as zod gives.
      return (input) => {
        if (input === undefined) return def.defaultValue;
        const value = parse(input);
        return value === undefined ? def.defaultValue : value;
      };
    }
    default:
      return null;
  }
}

const compiled = new WeakMap<object, Parse | null>();

function compile(node: Node): Parse | null {
  if (compiled.has(node)) return compiled.get(node) ?? null;
  const base = baseParser(node);
  const parse = base && withChecks(base, checksOf(node));
  compiled.set(node, parse);
  return parse;
}

/**
 * What `schema.safeParse(value)` gives when the value is valid (the same output, key for key and
 * in the same order), without zod's own walk; otherwise zod's result itself.
 */
export function safeParseFast<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): ReturnType<S['safeParse']> {
  const fast = parseFastOnly(schema, value);
  if (fast === null) return schema.safeParse(value) as ReturnType<S['safeParse']>;
  return { success: true, data: fast.data } as ReturnType<S['safeParse']>;
}

/** The fast path alone: zod's output for a value it is sure of, null where zod must decide. */
export function parseFastOnly<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { data: z.output<S> } | null {
  const parse = compile(schema as unknown as Node);
  const data = parse ? parse(value) : FAIL;
  return data === FAIL ? null : { data: data as z.output<S> };
}

/** Whether the fast path knows every kind of schema in `schema` (else zod parses every value). */
export function compilesFast(schema: z.ZodMiniType): boolean {
  return compile(schema as unknown as Node) !== null;
}
