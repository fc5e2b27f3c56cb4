import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  bibtexKey,
  citationsFor,
  eventCitationBibtex,
  eventCitationText,
  primarySource,
  sourceCitationBibtex,
  sourceCitationText,
} from './citation';
import { makeEvent } from './test-events';
import type { Source } from './schema';

const meta = {
  id: 'us-stance-gaza',
  title: 'The U.S. stance on the Israel–Hamas war',
  updated: '2026-11-23',
};
const un: Source = {
  id: 'un',
  publisher: 'United Nations',
  title: 'Security Council Fails to Adopt Resolution',
  url: 'https://press.un.org/en/2024/sc15637.doc.htm',
  date: '2024-03-22',
  kind: 'primary',
};
const press: Source = {
  id: 'ap',
  publisher: 'AP',
  title: 'Veto',
  url: 'https://example.org/ap',
  kind: 'press',
};
const event = makeEvent({
  id: 'us-draft-vetoed',
  title: 'Russia and China veto the U.S. draft',
  date: '2024-03-22',
  sources: [press, un],
});
const url = 'https://stanceline.example/?v=1&event=us-draft-vetoed';
const input = { event, meta, url, accessed: '2026-11-29' };

describe('primarySource', () => {
  it('picks a primary record over the press, whatever the order', () => {
    expect(primarySource([press, un])?.id).toBe('un');
  });
  it('keeps the first listed among equals, and null when there is none', () => {
    expect(primarySource([press, { ...press, id: 'ap2' }])?.id).toBe('ap');
    expect(primarySource([])).toBeNull();
  });
});

describe('eventCitationText', () => {
  it('names the title, the date, the dataset, the link and the day accessed', () => {
    expect(eventCitationText(input)).toBe(
      '“Russia and China veto the U.S. draft.” 22 March 2024. In The U.S. stance on the ' +
        'Israel–Hamas war, Stanceline (dataset “us-stance-gaza”, updated 23 November 2026). ' +
        'https://stanceline.example/?v=1&event=us-draft-vetoed. Accessed 29 November 2026.',
    );
  });
  it('writes a date only to the precision the data claims, and spans as ranges', () => {
    const month = { ...input, event: { ...event, precision: 'month' as const } };
    expect(eventCitationText(month)).toContain('” March 2024. In');
    const span = { ...input, event: { ...event, date: '2023-11-24', end: '2023-12-01' } };
    expect(eventCitationText(span)).toContain('” 24 Nov – 1 Dec 2023. In');
  });
  it('does not double a title’s own full stop', () => {
    const dotted = { ...input, event: { ...event, title: 'Biden speaks.' } };
    expect(eventCitationText(dotted)).toMatch(/^“Biden speaks\.” /);
  });
});

describe('sourceCitationText', () => {
  it('cites publisher, headline, date and URL', () => {
    expect(sourceCitationText(un)).toBe(
      'United Nations. “Security Council Fails to Adopt Resolution.” 22 March 2024. ' +
        'https://press.un.org/en/2024/sc15637.doc.htm.',
    );
  });
  it('leaves out a date the source does not have', () => {
    expect(sourceCitationText(press)).toBe('AP. “Veto.” https://example.org/ap.');
  });
  it('cites a labelled copy as the original record, read at the copy', () => {
    const mirror = {
      ...press,
      kind: 'mirror' as const,
      publisher: 'A blog',
      original: { publisher: 'U.S. Department of State', title: 'Remarks', date: '2024-03-22' },
    };
    expect(sourceCitationText(mirror)).toBe(
      'U.S. Department of State. “Remarks.” 22 March 2024. Copy: A blog, https://example.org/ap.',
    );
  });
});

describe('bibtexEscape and bibtexKey', () => {
  it('escapes LaTeX specials and keeps Unicode', () => {
    expect(bibtexEscape('50% of R&D_#1 costs $5 {x} ~ ^ \\')).toBe(
      '50\\% of R\\&D\\_\\#1 costs \\$5 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexEscape('Israel–Hamas “war”, Zürich')).toBe('Israel–Hamas “war”, Zürich');
  });
  it('makes ASCII keys', () => {
    expect(bibtexKey('stanceline', 'Zürich data', 'é-1')).toBe('stanceline:Zurich-data:e-1');
  });
});

describe('eventCitationBibtex', () => {
  it('writes a @misc entry with the title kept capitalised, the link and the access date', () => {
    expect(eventCitationBibtex(input)).toBe(
      [
        '@misc{stanceline:us-stance-gaza:us-draft-vetoed,',
        '  title = {{Russia and China veto the U.S. draft}},',
        '  howpublished = {Stanceline dataset “The U.S. stance on the Israel–Hamas war”},',
        '  year = {2024},',
        '  month = mar,',
        '  note = {Event of 22 March 2024; dataset updated 2026-11-23},',
        '  url = {https://stanceline.example/?v=1&event=us-draft-vetoed},',
        '  urldate = {2026-11-29}',
        '}',
      ].join('\n'),
    );
  });
  it('escapes specials in the title but never in the URL', () => {
    const odd = { ...input, event: { ...event, title: 'A 50% cut & more' } };
    const bib = eventCitationBibtex(odd);
    expect(bib).toContain('title = {{A 50\\% cut \\& more}}');
    expect(bib).toContain('url = {https://stanceline.example/?v=1&event=us-draft-vetoed}');
  });
  it('leaves out the month of a year-precision event', () => {
    const year = { ...input, event: { ...event, precision: 'year' as const } };
    expect(eventCitationBibtex(year)).not.toContain('month');
  });
});

describe('sourceCitationBibtex and citationsFor', () => {
  it('cites the primary source of the event', () => {
    const c = citationsFor(input);
    expect(c.source?.source.id).toBe('un');
    expect(c.source?.bibtex).toBe(sourceCitationBibtex(un, event.id));
    expect(c.source?.bibtex).toContain('@misc{us-draft-vetoed:un,');
    expect(c.source?.bibtex).toContain('howpublished = {United Nations}');
    expect(c.source?.bibtex).toContain('month = mar');
  });
  it('has no source citation for an event without sources', () => {
    expect(citationsFor({ ...input, event: { ...event, sources: [] } }).source).toBeNull();
  });
});
