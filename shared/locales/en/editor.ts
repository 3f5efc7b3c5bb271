import type { LocaleTree } from '../locale-types.ts';
import type { esEditor } from '../es/editor.ts';

export const enEditor = {
  editor: {
    heading: 'Edit segment',
    close: 'Close the editor',
    loadError: 'The segment could not be opened.',
    fields: {
      title: 'Title',
      description: 'Description',
      topics: 'Topics',
      status: 'Status',
      validFrom: 'Valid from',
      validUntil: 'Valid until',
      validityHint: 'Dates during which the content is correct (e.g. the minimum wage changes every 1 January).',
      license: 'License',
      licenseCustom: 'Other license (SPDX id or text)',
      producer: 'Producer',
      consentNotes: 'Consent notes',
      script: 'Script',
      language: 'Language',
      regions: 'Regions',
    },
    license: {
      none: 'Not specified',
      allRightsReserved: 'All rights reserved',
      other: 'Other…',
    },
    versions: {
      heading: 'Versions',
      item: 'Version {{n}}',
      audio: 'Audio: {{name}}',
    },
    language: {
      placeholder: 'Type to search (e.g. yolox)',
      noMatch: 'No language matches',
      clear: 'Remove the language',
      selected: 'Selected: {{name}} ({{code}})',
      none: 'No language assigned',
    },
    regions: {
      empty: 'No regions',
      state: 'State',
      choose: 'Choose a state',
      place: 'Municipality or place (optional)',
      role: 'Role in migration',
      add: 'Add region',
      remove: 'Remove {{name}}',
    },
    save: 'Save changes',
    saving: 'Saving…',
    saved: 'Changes saved.',
    discardEdits: 'Undo changes',
    titleRequired: 'The title cannot be empty.',
    unsaved: {
      title: 'There are unsaved changes',
      body: 'Discard the changes to “{{title}}”?',
      discard: 'Discard changes',
      keep: 'Keep editing',
    },
  },
} satisfies LocaleTree<typeof esEditor>;
