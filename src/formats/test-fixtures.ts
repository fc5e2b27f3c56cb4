/**
 * Small files in each format the import accepts, for the converter tests. Their content is the
 * flagship record's own (titles, summaries, United Nations press releases), written the way
 * TimelineJS authors write: HTML with entities and links, numbers as strings, groups, eras, a
 * title slide, and one slide of hostile markup.
 */

export const UN_2712 = 'https://press.un.org/en/2023/sc15496.doc.htm';
export const UN_2728 = 'https://press.un.org/en/2024/sc15641.doc.htm';
export const UN_VETO_MARCH = 'https://press.un.org/en/2024/sc15637.doc.htm';
export const UN_PALESTINE = 'https://press.un.org/en/2024/ga12595.doc.htm';
export const UN_PHOTO = 'https://media.un.org/photo/en/asset/oun7/oun71031370';

export function makeTimelineJson() {
  return {
    title: {
      media: { url: UN_PHOTO, caption: 'The Council votes', credit: 'UN Photo' },
      text: {
        headline: 'Gaza at the Security Council<br/> 2023&ndash;2024',
        text: '<p>Votes and vetoes at the <b>UN Security Council</b>.</p><p>Drawn from the flagship record.</p>',
      },
    },
    events: [
      {
        start_date: { year: '2023', month: '11', day: '15' },
        text: {
          headline: 'Resolution 2712 on humanitarian pauses; U.S. abstains',
          text: `<p>The Council adopted Malta&#8217;s text on children in Gaza by 12&ndash;0&ndash;3.</p><p>See <a href="${UN_2712}" target="_blank">SC/15496</a>.</p>`,
        },
        media: { url: UN_PHOTO, caption: '', credit: '' },
        group: 'Security Council',
      },
      {
        unique_id: 'US draft vetoed',
        start_date: { year: 2024, month: 3, day: 22, hour: 10, minute: 0 },
        text: {
          headline:
            'Russia and China veto the U.S. &quot;immediate and sustained ceasefire&quot; draft',
          text: `Vetoed 11&#x2013;3&#x2013;1. ${UN_VETO_MARCH}`,
        },
        group: 'Security Council',
      },
      {
        start_date: { year: 2024, month: 3, day: 25 },
        end_date: { year: 2024, month: 3, day: 25 },
        text: {
          headline: 'Resolution 2728 demands a Ramadan ceasefire; U.S. abstains',
          text: `<p>The United States abstained, letting it pass 14&ndash;0&ndash;1 (<a href="//press.un.org/en/2024/sc15641.doc.htm">SC/15641</a>).</p>`,
        },
        media: { url: '' },
        group: ' Security Council ',
      },
      {
        start_date: { year: 2023, month: 11, day: 24 },
        end_date: { year: 2023, month: 12, day: 1 },
        display_date: '24 Nov &ndash; 1 Dec 2023',
        text: {
          headline: 'Hostage-release truce',
          text: 'A truce mediated by Qatar took effect on Nov 24 and broke down on Dec 1.',
        },
        group: 'Diplomacy',
      },
      {
        start_date: { year: '2024', month: '5' },
        text: {
          headline: 'Rafah and the bomb pause',
          text: 'A paused bomb shipment, a public Rafah condition and the first NSM-20 report.',
        },
        group: 'Diplomacy',
      },
      {
        start_date: { year: '2023' },
        end_date: { year: '2024' },
        text: {
          headline: 'Attack and first response',
          text: 'The Hamas-led attack, pledges of U.S. support, and the first competing Security Council drafts.',
        },
        background: { color: '#123456' },
      },
      {
        start_date: { year: 2024, month: 4, day: 18 },
        text: {
          headline: '<script>alert("x")</script>U.S. vetoes full UN membership for Palestine',
          text: `&lt;img src=x onerror=alert(1)&gt; <a href="javascript:alert(1)">click</a> <a href="${UN_PALESTINE}">GA/12595</a>`,
        },
      },
    ],
    eras: [
      {
        start_date: { year: 2024, month: 3, day: 1 },
        end_date: { year: 2024, month: 4, day: 30 },
        text: {
          headline: 'The March turn',
          text: '<p>Warnings on Rafah &amp; Resolution 2728.</p>',
        },
      },
      {
        start_date: { year: 2024, month: 5 },
        end_date: { year: 2024, month: 5 },
        text: { headline: 'Rafah and the bomb pause' },
      },
    ],
  };
}

/** The TimelineJS Google Sheets template as Google Sheets exports it: CRLF, quotes, a BOM. */
export const TIMELINE_SHEET = [
  '\uFEFFYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Gaza at the Security Council,"<p>Votes, vetoes and ""abstentions"" at the Council.</p>",,,,,title,,',
  `2023,11,15,,,,,,,Resolution 2712 on humanitarian pauses; U.S. abstains,"<p>Adopted 12&ndash;0&ndash;3.</p>\r\n<p>See <a href=""${UN_2712}"">SC/15496</a>, page 1, 2.</p>",${UN_PHOTO},UN Photo,The vote,,,Security Council,`,
  ',,,,,,,,,,,,,,,,,',
  `2024,3,22,10:30 AM,,,,,,"Russia and China veto the U.S. ""immediate and sustained ceasefire"" draft",Vetoed 11–3–1.,,,,,,Security Council,`,
  '2023,11,24,,2023,12,1,,24 Nov – 1 Dec 2023,Hostage-release truce,"A truce took effect on Nov 24,\nwas extended, and broke down on Dec 1.",,,,,,Diplomacy,#eeeeee',
  '2024,5,,,,,,,,Rafah and the bomb pause,A paused bomb shipment.,,,,,,Diplomacy,',
  '2024,3,1,,2024,4,30,,,The March turn,,,,,,era,,',
  ',,,,,,,,,,,,,,,,,',
  '2023,,,,,,,,,Attack and first response,,,,,,,,',
].join('\r\n');

/** The Stanceline CSV template with a title row, an era, every precision and multi-source rows. */
export const TEMPLATE_CSV = [
  'date,end,time,type,title,summary,actors,group,tags,significance,source urls,source titles,source publishers,date note,id',
  ',,,title,Gaza at the Security Council,"Votes and vetoes at the Council, 2023–2024.",,,,,,,,,',
  `2023-11-15,,,resolution,Resolution 2712 on humanitarian pauses; U.S. abstains,"The Council adopted Malta's text by 12–0–3.\n\nThe U.S. let it pass.",United Nations Security Council; United States,UN Security Council,Security Council; Abstention,3,${UN_2712},"Security Council press release SC/15496 (Resolution 2712)",United Nations,,res-2712`,
  `2024-03-22,,10:30,veto,"Russia and China veto the U.S. ""immediate and sustained ceasefire"" draft",Vetoed 11–3–1.,Russia; China; United States,UN Security Council,Security Council,,"${UN_VETO_MARCH}\n${UN_2728}","SC/15637\nSC/15641",,Local time in New York,`,
  '',
  '2024-05,,,Policy action,Rafah and the bomb pause,A paused bomb shipment.,United States,U.S. executive,,1,,,,,',
  '2024-03-01,2024-04-30,,era,The March turn,Warnings on Rafah.,,,,,,,,,',
  '2023,2024,,,Attack and first response,,,,,,,,,,',
].join('\n');
