/** What `cabina voices …` prints (issue #14 §2). */
export const enVoicesCli = {
  usage: 'Usage: cabina voices import FILE… | voices list | voices summary --from YYYY-MM --to YYYY-MM [--role work|origin] [--network] [--format csv|pdf --out FOLDER]',
  imported: 'Testimony imported: {{name}} ({{duration}} s). Record its consent before it leaves the station.',
  failed: 'Not imported {{name}}: {{reason}}',
  row: '{{date}}  {{source}}  {{categories}}  consent: {{uses}}',
  none: 'No testimonies yet.',
  noConsent: 'none',
  cell: '{{month}}  {{state}}  {{category}}: {{count}}',
  totals: '{{counted}} testimonies counted, {{leftOut}} without consent for anonymised reports.',
  networkTotals: '{{counted}} testimonies counted by {{stations}} stations.',
  exported: 'Summary written: {{file}}',
};
