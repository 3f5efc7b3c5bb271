/** Llamadas grabadas (issue #14 §2): de Voces a Grabar y de vuelta, como testimonio privado. */
export const esCallIn = {
  callIn: {
    record: 'Grabar llamada',
    recordHint: 'Grabar la llamada de un oyente; queda como testimonio privado, nunca en la Biblioteca',
    recordThis: 'Grabar esta llamada',
    recordThisHint: 'Grabar el audio de esta llamada anotada; se guarda en este testimonio',
    banner: 'Estás grabando una llamada. No será un segmento de la Biblioteca: al guardarla queda como testimonio privado en Voces, y solo sale de la estación con el consentimiento de quien llamó.',
    bannerAttach: 'Estás grabando el audio de una llamada anotada en Voces. Al guardarla se añade a ese testimonio, que sigue siendo privado.',
    back: 'Volver a Voces',
    stopped: 'Llamada grabada ({{duration}}). Guárdala como testimonio para no perderla de vista.',
    pending: {
      title: 'Llamadas grabadas sin guardar',
      empty: 'No hay llamadas grabadas sin guardar. Pulsa «Grabar» cuando empiece la llamada.',
      loading: 'Cargando las llamadas grabadas…',
      loadError: 'No se pudieron cargar las llamadas grabadas.',
      row: 'Llamada del {{when}} · {{duration}}',
      recovered: 'Recuperada tras un cierre inesperado',
    },
    save: 'Guardar como testimonio',
    attach: 'Guardar en el testimonio',
    saving: 'Guardando…',
    discard: 'Descartar',
    confirmDiscard: '¿Descartar esta llamada grabada? Su audio se borra y no se puede recuperar.',
    saveFailed: 'No se pudo guardar la llamada; la grabación sigue aquí. {{reason}}',
    discardFailed: 'No se pudo descartar la llamada. {{reason}}',
  },
};
