/** Shell, shared words and domain vocabulary (statuses, region roles, formats). */
export const esApp = {
  app: {
    name: 'Cabina',
    tagline: 'Estudio de radio comunitaria',
    skipToContent: 'Saltar al contenido',
    nav: { label: 'Secciones', library: 'Biblioteca', record: 'Grabar', packs: 'Paquetes', schedule: 'Programación', onair: 'Al aire' },
    uiLanguage: { label: 'Idioma de la interfaz', es: 'Español', en: 'English' },
  },
  boundary: {
    title: 'Algo salió mal',
    body: 'Esta pantalla tuvo un problema. Tu biblioteca está a salvo.',
    reload: 'Volver a cargar',
  },
  common: {
    retry: 'Reintentar',
    loading: 'Cargando…',
    close: 'Cerrar',
    none: 'Ninguno',
    date: { placeholder: 'dd/mm/aaaa', calendar: 'Elegir en el calendario' },
  },
  status: { draft: 'Borrador', ready: 'Listo', approved: 'Aprobado', archived: 'Archivado' },
  role: { origin: 'Origen', destination: 'Destino', any: 'Cualquiera' },
  format: {
    mono: 'mono',
    stereo: 'estéreo',
    channels_one: '{{count}} canal',
    channels_many: '{{count}} de canales',
    channels_other: '{{count}} canales',
    kHz: '{{value}} kHz',
    bits: '{{count}} bits',
  },
};
