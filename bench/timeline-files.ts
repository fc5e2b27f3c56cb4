/**
 * Generated files in the formats people bring, for the import benchmark: a TimelineJS JSON file
 * and a TimelineJS spreadsheet saved as CSV, of any number of slides, the same for the same
 * size. Every slide has HTML text with a link, one in three a media URL, six groups as lanes.
 * Nothing in them happened; links point at example.org.
 */
const GROUPS = ['Council', 'Executive', 'Congress', 'Mediators', 'Courts', 'Agencies'];

interface Slide {
  year: number;
  month: number;
  day: number;
  headline: string;
  text: string;
  group: string;
  media: string;
}

function slide(i: number): Slide {
  return {
    year: 1990 + (i % 35),
    month: 1 + ((i * 7) % 12),
    day: 1 + ((i * 13) % 28),
    headline: `Generated slide ${i + 1} &amp; its headline`,
    text: `<p>Generated text of slide ${i + 1}, with <a href="https://example.org/s/${i + 1}">a link</a>.</p><p>A second paragraph, with <b>markup</b>.</p>`,
    group: GROUPS[i % GROUPS.length] ?? 'Council',
    media: i % 3 === 0 ? `https://example.org/media/${i + 1}.jpg` : '',
  };
}

export function timelineJson(slides: number): string {
  const events = Array.from({ length: slides }, (_, i) => {
    const s = slide(i);
    return {
      start_date: { year: String(s.year), month: String(s.month), day: String(s.day) },
      text: { headline: s.headline, text: s.text },
      group: s.group,
      ...(s.media ? { media: { url: s.media } } : {}),
    };
  });
  return JSON.stringify({ title: { text: { headline: `${slides} generated slides` } }, events });
}

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

export function timelineSheet(rows: number): string {
  const lines = [HEADER, `,,,,,,,,,${rows} generated rows,,,,,,title,,`];
  for (let i = 0; i < rows; i++) {
    const s = slide(i);
    lines.push(
      [s.year, s.month, s.day, '', '', '', '', '', '', quote(s.headline), quote(s.text), s.media]
        .concat(['', '', '', '', s.group, ''])
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
