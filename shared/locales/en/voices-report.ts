/** The anonymised testimony summary as it is written to CSV/PDF (issue #14 §2), in the reader's language. */
export const enVoicesReport = {
  title: 'Radio testimonies: anonymised summary',
  range: '{{from}} to {{to}}',
  byWork: 'By state where people work',
  byOrigin: 'By state of origin',
  table: 'Testimonies by category, state and month',
  category: 'Category',
  state: 'State',
  month: 'Month',
  count: 'Testimonies',
  noState: 'No state',
  totals: 'Totals',
  counted: 'Testimonies counted',
  leftOut: 'Not counted (their consent does not cover anonymised reports)',
  stations: 'Stations that reported',
  note: 'A testimony with several categories counts once in each. No names, municipalities, summaries or audio are included.',
};
