/** The anonymised testimony summary as it is written to CSV/PDF (issue #14 §2), in the reader's language. */
export const esVoicesReport = {
  title: 'Testimonios de la radio: resumen anónimo',
  range: '{{from}} a {{to}}',
  byWork: 'Por estado donde trabajan',
  byOrigin: 'Por estado de origen',
  table: 'Testimonios por categoría, estado y mes',
  category: 'Categoría',
  state: 'Estado',
  month: 'Mes',
  count: 'Testimonios',
  noState: 'Sin estado',
  totals: 'Totales',
  counted: 'Testimonios contados',
  leftOut: 'No contados (su consentimiento no cubre informes anónimos)',
  stations: 'Radios que informaron',
  note: 'Un testimonio con varias categorías cuenta una vez en cada una. No incluye nombres, municipios, resúmenes ni audio.',
};
