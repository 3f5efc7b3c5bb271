/** Recibos (issue #13 §2–3): what a station sends back to IREX, and IREX's list of partner stations. */
export const esReceipts = {
  receipts: {
    title: 'Recibos',
    build: {
      title: 'Enviar recibo a IREX',
      hint: 'Un archivo pequeño y firmado con lo que esta radio transmitió de los paquetes. Se puede mandar por WhatsApp o USB.',
      from: 'Desde',
      to: 'Hasta',
      action: 'Crear recibo',
      working: 'Creando recibo…',
      done_one: 'Recibo listo: {{count}} transmisión.',
      done_many: 'Recibo listo: {{count}} transmisiones.',
      done_other: 'Recibo listo: {{count}} transmisiones.',
    },
    import: {
      title: 'Importar recibos de las radios',
      hint: 'Elige uno o varios archivos .cabina-recibo. Cada uno se revisa por separado.',
      choose: 'Elegir recibos',
      working: 'Importando recibos…',
      cancel: 'Cancelar',
      imported: '«{{name}}»: {{station}} — {{newAirings}} transmisiones nuevas de {{airings}}.',
      unknown: '«{{name}}» viene de {{station}}, que aún no está en la lista. Huella: {{fingerprint}}',
      trust: 'Confiar en esta radio e importar',
    },
    stations: {
      title: 'Radios que reportan',
      empty: 'Aún no hay radios en la lista. Se agregan al importar su primer recibo.',
      loading: 'Cargando radios…',
      lastReceipt: 'Último recibo: {{date}}',
      never: 'Sin recibos todavía',
    },
    cli: {
      usage: 'Uso: cabina receipt build --from AAAA-MM-DD --to AAAA-MM-DD [--out ARCHIVO] | cabina receipt import ARCHIVO… o CARPETA [--trust] | cabina stations list | cabina stations trust RECIBO',
      built: 'Recibo: {{path}} — {{airings}} transmisiones, {{size}} bytes.',
      imported: '{{name}}: {{station}} — {{newAirings}} transmisiones nuevas de {{airings}}.',
      trusted: 'Radio en la lista: {{name}} ({{fingerprint}}).',
      station: '{{name}} {{callSign}} — estado {{state}} — {{fingerprint}} — último recibo: {{last}}',
      noStations: 'Aún no hay radios en la lista.',
    },
  },
};

export const esReceiptErrors = {
  malformed: '«{{name}}» no es un recibo de Cabina o está dañado.',
  too_large: '«{{name}}» es demasiado grande para ser un recibo.',
  bad_signature: 'La firma de «{{name}}» no coincide: el recibo se modificó después de firmarse. No se importó nada.',
  future_dated: '«{{name}}» tiene fechas en el futuro. Revisa la fecha y hora de la computadora de la radio.',
  unknown_station: '«{{name}}» viene de {{station}}, que no está en la lista de radios. Confía en ella para importarlo.',
  duplicate: '«{{name}}» ya se había importado.',
  empty: 'No hay recibos que importar.',
};
