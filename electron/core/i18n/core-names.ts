import i18next from 'i18next';
import { enCoreNames } from '../../../shared/locales/en/core-names.ts';
import { esCoreNames } from '../../../shared/locales/es/core-names.ts';
import { isUiLanguage, type UiLanguage } from '../../../shared/locales/locale-types.ts';
import { writeTransaction, type Database } from '../db/database.ts';

/** The UI language the renderer last reported; Spanish (the stations' language) until it does. */
export function readUiLanguage(db: Database): UiLanguage {
  const stored: unknown = db.prepare('SELECT ui_language FROM app_preferences WHERE id = 1').pluck().get();
  return isUiLanguage(stored) ? stored : 'es-MX';
}

export function writeUiLanguage(db: Database, language: UiLanguage): UiLanguage {
  writeTransaction(db, () =>
    db.prepare('INSERT INTO app_preferences (id, ui_language) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET ui_language = excluded.ui_language').run(language),
  );
  return language;
}

export interface CoreNames {
  /** A segment made from a recording found after a crash without its session row. */
  recoveredRecording(startedAt: Date): string;
  /** A take whose title was lost (its target segment deleted meanwhile). */
  take(): string;
  /** The station before anyone set it up. */
  station(): string;
}

/**
 * Names the core gives to things nobody named, in the UI language (issue #11 item 14). Read at the
 * moment of naming, not once at start-up: a producer who switches the UI to English gets English
 * names from then on. The stored name is a title like any other: switching back later renames nothing.
 */
export function coreNames(db: Database): CoreNames {
  const t = (key: keyof typeof esCoreNames, vars: Record<string, string> = {}) => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: readUiLanguage(db) === 'en' ? 'en' : 'es',
      fallbackLng: 'es',
      initAsync: false,
      interpolation: { escapeValue: false },
      resources: { es: { translation: esCoreNames }, en: { translation: enCoreNames } },
    });
    return instance.t(key, vars);
  };
  return {
    // Minutes in UTC as before (the file's birth time); the words are what changes with the language.
    recoveredRecording: (startedAt) => t('recoveredRecording', { when: startedAt.toISOString().slice(0, 16).replace('T', ' ') }),
    take: () => t('take'),
    station: () => t('station'),
  };
}
