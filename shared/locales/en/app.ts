import type { LocaleTree } from '../locale-types.ts';
import type { esApp } from '../es/app.ts';

export const enApp = {
  app: {
    name: 'Cabina',
    tagline: 'Community radio studio',
    skipToContent: 'Skip to content',
    nav: {
      label: 'Sections',
      library: 'Library',
      record: 'Record',
      packs: 'Packs',
      schedule: 'Schedule',
      onair: 'On air',
      hints: {
        library: 'Your audio: import, search and listen',
        edit: 'Cut, set the volume and prepare an audio',
        record: 'Record with the microphone',
        production: 'Scripts and translations of each segment, language by language',
        voices: 'Listener testimonies, their consent and the anonymised summary',
        packs: 'Segment packs to send or receive',
        schedule: "The week's programming grid",
        onair: 'What is on air now',
        settings: 'The station, backups and language',
        reports: 'What aired, where and in which language',
      },
    },
    uiLanguage: { label: 'Interface language', es: 'Español', en: 'English' },
  },
  boundary: {
    title: 'Something went wrong',
    body: 'This screen ran into a problem. Your library is safe.',
    reload: 'Reload',
  },
  common: {
    retry: 'Try again',
    loading: 'Loading…',
    close: 'Close',
    none: 'None',
    date: { placeholder: 'dd/mm/yyyy', calendar: 'Pick from the calendar' },
  },
  status: { draft: 'Draft', ready: 'Ready', approved: 'Approved', archived: 'Archived' },
  role: { origin: 'Origin', destination: 'Destination', any: 'Any' },
  format: {
    mono: 'mono',
    stereo: 'stereo',
    channels_one: '{{count}} channel',
    channels_many: '{{count}} channels',
    channels_other: '{{count}} channels',
    kHz: '{{value}} kHz',
    bits: '{{count}}-bit',
  },
} satisfies LocaleTree<typeof esApp>;
