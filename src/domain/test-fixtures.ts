/**
 * A small, valid dataset for unit tests: real events from the flagship record, trimmed. Tests
 * break one thing at a time from here, so each bad input has exactly one problem.
 */
export function makeDatasetFiles() {
  return {
    'dataset.json': {
      schemaVersion: 1,
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
        { id: 'russia', name: 'Russia', kind: 'member-state', group: 'unsc' },
        { id: 'china', name: 'China', kind: 'member-state', group: 'unsc' },
        { id: 'algeria', name: 'Algeria', kind: 'member-state', group: 'unsc' },
        { id: 'guyana', name: 'Guyana', kind: 'member-state', group: 'unsc' },
      ],
    },
    'events.json': {
      events: [
        {
          id: 'us-draft-vetoed',
          date: '2024-03-22',
          type: 'veto',
          title: 'Russia and China veto the U.S. draft',
          summary: 'A U.S. text on a ceasefire fails.',
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
              title: 'SC/15637',
              url: 'https://press.un.org/en/2024/sc15637.doc.htm',
              kind: 'primary',
            },
          ],
        },
        {
          id: 'blinken-remarks',
          date: '2024-03-22',
          type: 'statement',
          title: 'Blinken in Tel Aviv',
          summary: 'Blinken on Rafah.',
          significance: 3,
          actors: [{ actor: 'blinken', role: 'speaker' }],
          quotes: [
            {
              text: "We share Israel's goal of defeating Hamas",
              speaker: 'blinken',
              source: 'nhk',
            },
          ],
          shifts: [{ dimension: 'un-ceasefire', level: 'abstains', rationale: 'Because.' }],
          relations: [{ type: 'follows-from', target: 'us-draft-vetoed' }],
          sources: [
            {
              id: 'nhk',
              publisher: 'NHK World',
              title: 'Blinken',
              url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240323_N01/',
              kind: 'press',
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
