/**
 * The strict data lint (`npm run validate -- --strict`): the record's editorial rules, checked on
 * a dataset that already passed validation. Validation says a file can be read; the lint says
 * whether a journalist could rely on it: every claim cited, primary sources first, headlines as
 * titles, no word of how the research was done in text a reader sees.
 *
 * Each rule has its own message and hint. Rules are errors (the strict run fails) where the
 * record would mislead a reader or cannot be checked; warnings where a human has to judge
 * (a page that shows no date, a title a heuristic finds odd).
 */
import type { Problem } from './problems.ts';
import type { DatasetMeta, Sentence, Source, StanceEvent } from './schema.ts';
import { SOURCE_RANK } from './sources.ts';

export type LintSeverity = 'error' | 'warning';

export const LINT_RULES = {
  'no-strong-source': {
    severity: 'error',
    summary: 'an event without a primary record, a labelled copy of one, or press (rank 1 or 2)',
  },
  'aggregator-only': {
    severity: 'error',
    summary: 'a sentence, caveat or quote supported only by aggregators (rank 4)',
  },
  'mirror-without-original': {
    severity: 'error',
    summary: 'a mirror that does not name the primary record it copies',
  },
  'placeholder-title': {
    severity: 'error',
    summary: 'a source title that describes the source instead of giving its headline',
  },
  'weak-title': {
    severity: 'warning',
    summary: 'a source title that does not look like a headline',
  },
  'undated-source': {
    severity: 'warning',
    summary: 'a source without a publication date',
  },
  'quote-source': {
    severity: 'error',
    summary: 'a quote whose source is not one of the event’s sources',
  },
  'research-words': {
    severity: 'error',
    summary: 'words about how the record was researched in text a reader sees',
  },
  'uncited-sentence': {
    severity: 'error',
    summary: 'a summary sentence or caveat that cites no source',
  },
} as const satisfies Record<string, { severity: LintSeverity; summary: string }>;

export type LintRule = keyof typeof LINT_RULES;

export interface LintFinding extends Problem {
  rule: LintRule;
  severity: LintSeverity;
}

/** "error [uncited-sentence] events.json › id › path: message — hint: …" */
export function formatFinding(f: LintFinding): string {
  const where = [f.file, f.itemId, f.path || undefined].filter(Boolean).join(' › ');
  return `${f.severity} [${f.rule}] ${where}: ${f.message}${f.hint ? ` — hint: ${f.hint}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Titles

/**
 * Words that describe a source rather than name it ("AP report on the vote", "Photo of the
 * Council", "Press release on the letter"). A title matches when such a word comes within the
 * first four words and is followed by on / of / about / carrying / quoting / covering / from,
 * optionally after a parenthesis such as "(in Italian)". Real headlines rarely read that way;
 * when one does, the hint says how to check.
 */
const DESCRIPTIVE_NOUN =
  '(?:report|article|story|coverage|piece|photo|photograph|photo caption|caption|commentary|press release|document page|video|footage|summary|write-up|account)';
const PLACEHOLDER = new RegExp(
  `^(?:\\S+\\s+){0,3}?${DESCRIPTIVE_NOUN}\\s+(?:\\([^)]*\\)\\s+)?(?:on|of|about|carrying|quoting|covering|from)\\b`,
  'i',
);

/** Why a title does not look like a headline, or undefined when it does. */
export function placeholderTitleReason(title: string): string | undefined {
  if (PLACEHOLDER.test(title.trim())) return 'describes the source instead of giving its headline';
  return undefined;
}

/** A document symbol standing in for a title: "SC/15637", "A/RES/ES-10/21", "S/2024/239". */
const SYMBOL = /\b[A-Z]{1,4}(?:\/[A-Z0-9.-]+){1,4}\b/;

/** Labels that name the kind of page, a sign the title was written by hand. */
const LABEL = /\b(?:press release|document page|photo caption|liveblog entry|live blog entry)\b/i;

/**
 * Softer signs (a warning each): the title is cut short (ends in "…" or "..."), is one or two
 * words, has no capital letter at all, wraps a document symbol in a label ("Security Council press
 * release SC/15496"), or notes the language ("(in French)"), which belongs in the source's note.
 */
export function weakTitleReason(title: string): string | undefined {
  const t = title.trim();
  if (/(?:…|\.\.\.)$/.test(t)) return 'is cut short; give the whole headline';
  if (t.split(/\s+/).length < 3) return 'is one or two words; give the publisher’s headline';
  if (!/\p{Lu}/u.test(t)) return 'has no capital letter; give the headline as published';
  if (LABEL.test(t) && SYMBOL.test(t)) return 'labels a document symbol; give the document’s title';
  if (/\(in [A-Z][a-z]+\)/.test(t)) return 'notes the language in the title; put it in "note"';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Research words

/**
 * Phrases that speak of how the record was researched, not of the record. Matched as whole words,
 * case-insensitively. "verified" catches both "VERIFIED" and "UNVERIFIED" labels; "research"
 * catches "research notes" and "our research". Quotes (verbatim) and source titles (the
 * publisher's words) are not checked.
 */
export const RESEARCH_WORDS: readonly string[] = [
  'dossier',
  'github',
  'stored text',
  'stored copy',
  'stored excerpt',
  'stored excerpts',
  'stored page',
  'from memory',
  'we found',
  'i found',
  'we could not',
  'i could not',
  'could not be verified',
  'verified',
  'unverified',
  'research',
  'researcher',
  'researchers',
  'researched',
  'fact-check',
  'fact-checked',
  'search results',
  'still to be read',
  'needs a primary source',
  'to be checked',
  'todo',
  'tbd',
  'fixme',
  'citation needed',
];

const RESEARCH_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...RESEARCH_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The first research phrase in `text`, as written there, or undefined. */
export function researchWordIn(text: string): string | undefined {
  return RESEARCH_PATTERN.exec(text)?.[0];
}

// ---------------------------------------------------------------------------------------------
// The lint

interface PublicText {
  itemId?: string;
  path: string;
  text: string;
}

/** Reader-facing text in dataset.json that the dataset's authors wrote. */
function metaTexts(meta: DatasetMeta): PublicText[] {
  const out: PublicText[] = [];
  const add = (path: string, text: string | undefined, itemId?: string) => {
    if (text) out.push({ path, text, ...(itemId ? { itemId } : {}) });
  };
  add('title', meta.title);
  add('description', meta.description);
  add('methodology', meta.methodology);
  add('timeZone', meta.timeZone);
  meta.dimensions.forEach((d, i) => {
    add(`dimensions[${i}].name`, d.name, d.id);
    add(`dimensions[${i}].question`, d.question, d.id);
    d.levels.forEach((l, j) => {
      add(`dimensions[${i}].levels[${j}].label`, l.label, d.id);
      add(`dimensions[${i}].levels[${j}].description`, l.description, d.id);
    });
  });
  meta.eras.forEach((era, i) => {
    add(`eras[${i}].label`, era.label, era.id);
    add(`eras[${i}].description`, era.description, era.id);
  });
  meta.stories?.forEach((story, i) => {
    add(`stories[${i}].title`, story.title, story.id);
    add(`stories[${i}].description`, story.description, story.id);
    story.steps.forEach((step, j) =>
      add(`stories[${i}].steps[${j}].caption`, step.caption, story.id),
    );
  });
  return out;
}

/** An event's reader-facing text: not its quotes (verbatim) nor source titles (headlines). */
function eventTexts(e: StanceEvent, i: number): PublicText[] {
  const out: PublicText[] = [];
  const add = (path: string, text: string | undefined) => {
    if (text) out.push({ itemId: e.id, path: `events[${i}].${path}`, text });
  };
  add('title', e.title);
  add('dateNote', e.dateNote);
  e.summary.forEach((s, j) => add(`summary[${j}].text`, s.text));
  e.caveats.forEach((c, j) => add(`caveats[${j}].text`, c.text));
  e.shifts.forEach((s, j) => add(`shifts[${j}].rationale`, s.rationale));
  e.quotes.forEach((q, j) => add(`quotes[${j}].context`, q.context));
  e.relations.forEach((r, j) => add(`relations[${j}].note`, r.note));
  e.sources.forEach((s, j) => add(`sources[${j}].note`, s.note));
  if (e.vote) add('vote.question', e.vote.question);
  return out;
}

type Add = (rule: LintRule, at: Omit<Problem, 'hint'> & { hint?: string }) => void;

function lintEvent(event: StanceEvent, i: number, add: Add): void {
  const base = { file: 'events.json', itemId: event.id };
  const at = (path: string) => `events[${i}].${path}`;
  const byId = new Map(event.sources.map((s) => [s.id, s]));

  if (!event.sources.some((s) => SOURCE_RANK[s.kind] <= 2)) {
    add('no-strong-source', {
      ...base,
      path: at('sources'),
      message: `no source of rank 1 or 2 (kinds here: ${[...new Set(event.sources.map((s) => s.kind))].join(', ')})`,
      hint: 'add the primary record, a labelled copy of it, or a wire or major-outlet report',
    });
  }

  const sentences: Array<[string, string, Sentence]> = [
    ...event.summary.map((s, j): [string, string, Sentence] => [
      `summary[${j}]`,
      `summary sentence ${j + 1}`,
      s,
    ]),
    ...event.caveats.map((c, j): [string, string, Sentence] => [
      `caveats[${j}]`,
      `caveat ${j + 1}`,
      c,
    ]),
  ];
  for (const [path, what, sentence] of sentences) {
    const cited = sentence.cite.map((id) => byId.get(id)).filter((s): s is Source => !!s);
    if (sentence.cite.length === 0) {
      add('uncited-sentence', {
        ...base,
        path: at(`${path}.cite`),
        message: `${what} cites no source: "${sentence.text}"`,
        hint: 'add the ids of the sources that state it to "cite"',
      });
    } else if (cited.length > 0 && cited.every((s) => s.kind === 'aggregator')) {
      add('aggregator-only', {
        ...base,
        path: at(`${path}.cite`),
        message: `${what} rests only on aggregators (${cited.map((s) => s.id).join(', ')})`,
        hint: 'cite a primary record or a press report that states it; keep the aggregator beside it if useful',
      });
    }
  }

  event.quotes.forEach((quote, j) => {
    const source = byId.get(quote.source);
    if (!source) {
      add('quote-source', {
        ...base,
        path: at(`quotes[${j}].source`),
        message: `quote ${j + 1} names source "${quote.source}", which this event does not list`,
        hint: 'add the page that prints the quote to the sources, or name one that does',
      });
    } else if (source.kind === 'aggregator') {
      add('aggregator-only', {
        ...base,
        path: at(`quotes[${j}].source`),
        message: `quote ${j + 1} rests only on an aggregator ("${source.id}")`,
        hint: 'copy the quote from a primary record or a press report that prints it verbatim',
      });
    }
  });

  event.sources.forEach((source, j) => {
    const path = at(`sources[${j}]`);
    if (source.kind === 'mirror' && !source.original) {
      add('mirror-without-original', {
        ...base,
        path: `${path}.original`,
        message: `mirror "${source.id}" does not say which primary record it copies`,
        hint: 'add "original": { "publisher", "title", "date" } of the record it copies',
      });
    }
    const placeholder = placeholderTitleReason(source.title);
    const weak = placeholder ? undefined : weakTitleReason(source.title);
    if (placeholder) {
      add('placeholder-title', {
        ...base,
        path: `${path}.title`,
        message: `title "${source.title}" ${placeholder}`,
        hint: 'use the publisher’s own headline, as printed on the page',
      });
    } else if (weak) {
      add('weak-title', {
        ...base,
        path: `${path}.title`,
        message: `title "${source.title}" ${weak}`,
        hint: 'check it against the page',
      });
    }
    if (source.date === undefined) {
      add('undated-source', {
        ...base,
        path: `${path}.date`,
        message: `source "${source.id}" has no date`,
        hint: 'give the publication date if the page shows one',
      });
    }
  });
}

function lintResearchWords(file: string, texts: readonly PublicText[], add: Add): void {
  for (const t of texts) {
    const word = researchWordIn(t.text);
    if (!word) continue;
    add('research-words', {
      file,
      ...(t.itemId ? { itemId: t.itemId } : {}),
      path: t.path,
      message: `speaks of the research ("${word}")`,
      hint: 'say what the sources say, and where they disagree, not how the record was made',
    });
  }
}

/** Every finding of every rule, dataset.json first, then event by event. Pure. */
export function lintDataset({
  meta,
  events,
}: {
  meta: DatasetMeta;
  events: readonly StanceEvent[];
}): LintFinding[] {
  const findings: LintFinding[] = [];
  const add: Add = (rule, problem) =>
    findings.push({ ...problem, rule, severity: LINT_RULES[rule].severity });
  lintResearchWords('dataset.json', metaTexts(meta), add);
  events.forEach((event, i) => {
    lintEvent(event, i, add);
    lintResearchWords('events.json', eventTexts(event, i), add);
  });
  return findings;
}

/** Findings per rule, for the summary line of a strict run. */
export function countByRule(findings: readonly LintFinding[]): Map<LintRule, number> {
  const counts = new Map<LintRule, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}
