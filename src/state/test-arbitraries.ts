/**
 * fast-check arbitraries for view states, shared by the state tests. Test-only: nothing in the
 * app imports this file.
 */
import fc from 'fast-check';
import { EVENT_TYPES } from '../domain/schema-constants';
import { FILTERED_MODES, LANE_MODES, ORIENT_MODES, VIEW_MODES, type ViewState } from './view-state';

/** Kebab-case ids as the data uses them: short lowercase words joined by single hyphens. */
export const idArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

/** Real calendar days from year 1 to 9999, leap days included. */
export const dayArb = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Characters that a URL encoding can get wrong, mixed into search text. */
const trickyChar = fc.constantFrom(
  ',',
  '&',
  '=',
  '+',
  '%',
  '?',
  '#',
  ' ',
  ';',
  '/',
  '\n',
  'ü',
  'Zürich',
  '’',
  '–',
  '😀',
  '%2C',
  '%20',
);

/** Lone UTF-16 surrogates: no URL can carry them, so the canonical form replaces them. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const queryArb = fc.oneof(
  fc.constant(''),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.oneof(trickyChar, fc.string({ minLength: 1, maxLength: 1 }), loneSurrogate),
  }),
);

/**
 * Any view a caller could hand to the store with well-formed values: lists unsorted and with
 * duplicates, windows possibly inverted. Its canonical form is `normalizeViewState(s)`.
 */
export const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  dataset: fc.option(idArb, { nil: null }),
  src: fc.option(
    fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('timeline.json', '/files/my sheet.csv', ' https://a.org/x,y.csv '),
      queryArb,
    ),
    { nil: null },
  ),
  file: fc.option(idArb, { nil: null }),
  event: fc.option(idArb, { nil: null }),
  actors: fc.array(idArb, { maxLength: 5 }),
  types: fc.array(fc.constantFrom(...EVENT_TYPES), { maxLength: 5 }),
  tags: fc.array(idArb, { maxLength: 5 }),
  q: queryArb,
  since: fc.option(dayArb, { nil: null }),
  until: fc.option(dayArb, { nil: null }),
  from: fc.option(dayArb, { nil: null }),
  to: fc.option(dayArb, { nil: null }),
  view: fc.constantFrom(...VIEW_MODES),
  lanes: fc.constantFrom(...LANE_MODES),
  filtered: fc.constantFrom(...FILTERED_MODES),
  orient: fc.constantFrom(...ORIENT_MODES),
  expanded: fc.array(idArb, { maxLength: 3 }),
  embed: fc.boolean(),
  story: fc.option(idArb, { nil: null }),
  step: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  compare: fc.option(
    fc.tuple(dayArb, dayArb).map(([a, b]) => `${a}..${b}`),
    { nil: null },
  ),
});
