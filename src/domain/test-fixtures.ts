/**
 * A small, valid dataset for unit tests: real events from the flagship record, trimmed, in the
 * current schema version and clean under the strict lint (every sentence cited, dated sources
 * with their own headlines, a primary record on each event). Tests break one thing at a time
 * from here, so each bad input has exactly one problem.
 */

/** The Security Council in 2024, permanent members first, in the term's order. */
export const UNSC_2024 = [
  'united-states',
  'china',
  'france',
  'russia',
  'united-kingdom',
  'algeria',
  'ecuador',
  'guyana',
  'japan',
  'malta',
  'mozambique',
  'republic-of-korea',
  'sierra-leone',
  'slovenia',
  'switzerland',
] as const;

const MEMBER_NAMES: Record<(typeof UNSC_2024)[number], string> = {
  'united-states': 'United States',
  china: 'China',
  france: 'France',
  russia: 'Russia',
  'united-kingdom': 'United Kingdom',
  algeria: 'Algeria',
  ecuador: 'Ecuador',
  guyana: 'Guyana',
  japan: 'Japan',
  malta: 'Malta',
  mozambique: 'Mozambique',
  'republic-of-korea': 'Republic of Korea',
  'sierra-leone': 'Sierra Leone',
  slovenia: 'Slovenia',
  switzerland: 'Switzerland',
};

export function makeDatasetFiles() {
  return {
    'dataset.json': {
      schemaVersion: 2,
      id: 'fixture',
      title: 'Fixture',
      subject: { actor: 'united-states', label: 'the United States' },
      description: 'A fixture dataset.',
      updated: '2026-11-23',
      timeZone: 'Local calendar day.',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      methodology: 'Editorial assessment.',
      dimensions: [
        {
          id: 'un-ceasefire',
          name: 'Ceasefire at the UN',
          question: 'What does the U.S. accept at the Security Council?',
          levels: [
            { value: 'opposes', label: 'Opposes', description: 'Vetoes ceasefire texts.' },
            { value: 'abstains', label: 'Lets it pass', description: 'Abstains on a demand.' },
          ],
        },
      ],
      eras: [{ id: 'march', label: 'The March turn', start: '2024-03-01', end: '2024-03-31' }],
      tags: [{ id: 'unsc', label: 'Security Council' }],
      bodies: [
        {
          actor: 'un-security-council',
          terms: [{ from: '2024-01-01', to: '2024-12-31', members: [...UNSC_2024] as string[] }],
        },
      ],
    },
    'actors.json': {
      groups: [
        { id: 'us-executive', name: 'U.S. executive' },
        { id: 'unsc', name: 'UN Security Council' },
      ],
      actors: [
        { id: 'united-states', name: 'United States', kind: 'government', group: 'us-executive' },
        {
          id: 'blinken',
          name: 'Antony Blinken',
          kind: 'person',
          group: 'us-executive',
          parent: 'united-states',
        },
        {
          id: 'un-security-council',
          name: 'UN Security Council',
          kind: 'intergovernmental-body',
          group: 'unsc',
        },
        ...UNSC_2024.filter((id) => id !== 'united-states').map((id) => ({
          id,
          name: MEMBER_NAMES[id],
          kind: 'member-state' as const,
          group: 'unsc',
        })),
      ],
    },
    'events.json': {
      events: [
        {
          id: 'us-draft-vetoed',
          date: '2024-03-22',
          type: 'veto',
          title: 'Russia and China veto the U.S. draft',
          summary: [{ text: 'A U.S. text on a ceasefire fails.', cite: ['un'] }],
          significance: 3,
          actors: [
            { actor: 'un-security-council', role: 'subject' },
            { actor: 'united-states', role: 'sponsor' },
          ],
          tags: ['unsc'],
          vote: {
            body: 'un-security-council',
            question: 'U.S. draft',
            outcome: 'vetoed',
            tally: { for: 11, against: 3, abstain: 1 },
            members: [
              { actor: 'russia', vote: 'against', veto: true },
              { actor: 'china', vote: 'against', veto: true },
              { actor: 'algeria', vote: 'against' },
              { actor: 'guyana', vote: 'abstain' },
            ],
            remainder: 'for',
          },
          quotes: [],
          sources: [
            {
              id: 'un',
              publisher: 'United Nations',
              title:
                'United States-Sponsored Text Draws Criticism for Being Ambiguous, Lacking Attribution to Israeli Authorities’ Responsibility in Key Areas',
              url: 'https://press.un.org/en/2024/sc15637.doc.htm',
              date: '2024-03-22',
              kind: 'primary',
            },
          ],
        },
        {
          id: 'blinken-remarks',
          date: '2024-03-22',
          type: 'statement',
          title: 'Blinken in Tel Aviv',
          summary: [
            { text: 'Blinken speaks to the press in Tel Aviv.', cite: ['state-mirror'] },
            {
              text: 'He says a major ground operation in Rafah is not the way.',
              cite: ['state-mirror', 'toi'],
            },
          ],
          significance: 3,
          actors: [{ actor: 'blinken', role: 'speaker' }],
          quotes: [
            {
              text: "We share Israel's goal of defeating Hamas",
              speaker: 'blinken',
              source: 'state-mirror',
            },
          ],
          shifts: [
            {
              dimension: 'un-ceasefire',
              level: 'abstains',
              rationale: 'Because.',
              cite: ['state-mirror'],
            },
          ],
          relations: [{ type: 'follows-from', target: 'us-draft-vetoed' }],
          sources: [
            {
              id: 'state-mirror',
              publisher: 'ozardiplo.blogspot.com',
              title: 'Secretary Antony J. Blinken Remarks to the Press 03/22/2024 01:22 PM EDT',
              url: 'https://ozardiplo.blogspot.com/2024/03/secretary-antony-j-blinken-remarks-to.html',
              date: '2024-03-22',
              kind: 'mirror',
              original: {
                publisher: 'U.S. Department of State',
                title: 'Secretary Antony J. Blinken Remarks to the Press',
                date: '2024-03-22',
              },
            },
            {
              id: 'toi',
              publisher: 'The Times of Israel',
              title:
                'Blinken: Rafah offensive risks ‘further isolating Israel, jeopardizing its long-term security’',
              url: 'https://www.timesofisrael.com/liveblog_entry/blinken-rafah-offensive-risks-further-isolating-israel-jeopardizing-its-long-term-security/',
              date: '2024-03-22',
              kind: 'press',
            },
          ],
          caveats: [
            {
              text: 'The transcript is stamped 1:22 PM EDT; it was evening in Tel Aviv, on the same day.',
              cite: ['state-mirror'],
            },
          ],
        },
      ],
    },
  };
}

export type DatasetFiles = ReturnType<typeof makeDatasetFiles>;

export function toTexts(files: DatasetFiles) {
  return {
    'dataset.json': JSON.stringify(files['dataset.json']),
    'actors.json': JSON.stringify(files['actors.json']),
    'events.json': JSON.stringify(files['events.json']),
  };
}
