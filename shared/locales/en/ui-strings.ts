import type { LocaleTree } from '../locale-types.ts';
import type { esTranslationErrors, esUiStrings } from '../es/ui-strings.ts';

export const enUiStrings = {
  translate: {
    title: 'Translate the interface',
    intro: 'Export Cabina’s texts to translate them into your language (with Poedit, Weblate or a text editor) and import them back: the language appears in the language menu, without reinstalling.',
    exportLanguage: 'Language of the translation',
    exportName: 'Name of the language, written in it (optional)',
    exportPo: 'Export to translate (PO)',
    exportXliff: 'Export to translate (XLIFF)',
    exporting: 'Preparing the file…',
    exported: 'Done: {{count}} texts with their context.',
    ready: 'File to translate',
    needLanguage: 'Choose the language of the translation first.',
    importButton: 'Import a translation',
    importLabel: 'Translated file (.po or .xlf)',
    importing: 'Checking the translation…',
    imported: '{{name}}: {{translated}} of {{total}} texts translated. What is missing shows in Spanish.',
    problemsHeading: 'Texts not taken (they show in Spanish):',
    tooLongHeading: 'Texts taken that may not fit:',
    problem: {
      placeholder_missing: '{{key}}: {{detail}} is missing; it must stay as it is.',
      placeholder_extra: '{{key}}: {{detail}} is not in the original.',
      plural_forms: '{{key}}: this language uses {{detail}} plural forms.',
      unknown_key: '{{key}}: this text does not exist in this version of Cabina.',
      too_long: '{{key}}: longer than {{detail}} characters.',
    },
    installed: 'Installed languages',
    none: 'No community translations yet.',
    loading: 'Loading the translations…',
    loadError: 'The translations could not be loaded.',
    progress: '{{translated}} of {{total}} texts',
    use: 'Use this language',
    inUse: 'In use',
    delete: 'Remove',
    confirmDelete: 'Remove the translation “{{name}}”? The interface goes back to Spanish.',
    keep: 'Keep it',
    failed: 'Could not finish: {{reason}}',
    pseudo: 'Try the pseudo-language',
    pseudoHint: 'Shows every text accented and 40% longer, to see whether anything does not fit before translating.',
    pseudoName: 'Pseudo-language (test)',
  },
} satisfies LocaleTree<typeof esUiStrings>;

export const enTranslationErrors = {
  unreadable: '“{{name}}” is not a PO or XLIFF file that can be read.',
  no_language: '“{{name}}” does not say which language it is in (no “Language” in PO or “trgLang” in XLIFF).',
  bad_language: '“{{code}}” is not a valid language code (for example: xty, mix, zai).',
  builtin: 'Spanish and English come with Cabina; a translation cannot replace them.',
  empty: '“{{name}}” has no translated text.',
} satisfies LocaleTree<typeof esTranslationErrors>;
