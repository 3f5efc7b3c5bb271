import type { esReceiptErrors, esReceipts } from '../es/receipts.ts';

export const enReceipts: typeof esReceipts = {
  receipts: {
    title: 'Receipts',
    build: {
      title: 'Send a receipt to IREX',
      hint: 'A small signed file listing what this station aired from the packs. It can go by WhatsApp or USB.',
      from: 'From',
      to: 'To',
      action: 'Make receipt',
      working: 'Making the receipt…',
      done_one: 'Receipt ready: {{count}} airing.',
      done_many: 'Receipt ready: {{count}} airings.',
      done_other: 'Receipt ready: {{count}} airings.',
    },
    import: {
      title: 'Import receipts from stations',
      hint: 'Choose one or more .cabina-recibo files. Each one is checked on its own.',
      choose: 'Choose receipts',
      working: 'Importing receipts…',
      cancel: 'Cancel',
      imported: '“{{name}}”: {{station}} — {{newAirings}} new airings of {{airings}}.',
      unknown: '“{{name}}” comes from {{station}}, which is not on the list yet. Fingerprint: {{fingerprint}}',
      trust: 'Trust this station and import',
    },
    stations: {
      title: 'Reporting stations',
      empty: 'No stations on the list yet. A station is added when its first receipt is imported.',
      loading: 'Loading stations…',
      lastReceipt: 'Last receipt: {{date}}',
      never: 'No receipts yet',
    },
    cli: {
      usage: 'Usage: cabina receipt build --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] | cabina receipt import FILE… or FOLDER [--trust] | cabina stations list | cabina stations trust RECEIPT',
      built: 'Receipt: {{path}} — {{airings}} airings, {{size}} bytes.',
      imported: '{{name}}: {{station}} — {{newAirings}} new airings of {{airings}}.',
      trusted: 'Station on the list: {{name}} ({{fingerprint}}).',
      station: '{{name}} {{callSign}} — state {{state}} — {{fingerprint}} — last receipt: {{last}}',
      noStations: 'No stations on the list yet.',
    },
  },
};

export const enReceiptErrors: typeof esReceiptErrors = {
  malformed: '“{{name}}” is not a Cabina receipt, or it is damaged.',
  too_large: '“{{name}}” is too large to be a receipt.',
  bad_signature: 'The signature of “{{name}}” does not match: the receipt was changed after it was signed. Nothing was imported.',
  future_dated: '“{{name}}” has dates in the future. Check the date and time of the station’s computer.',
  unknown_station: '“{{name}}” comes from {{station}}, which is not on the list of stations. Trust it to import.',
  duplicate: '“{{name}}” was already imported.',
  empty: 'There are no receipts to import.',
};
