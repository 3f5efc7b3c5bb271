import i18next from 'i18next';
import type { ApiErrorData } from '../../../shared/api/errors.ts';
import { cliEn, cliEs } from '../../../shared/locales/cli.ts';
import { errorsEn, errorsEs } from '../../../shared/locales/errors.ts';
import { addLongDate } from '../../../shared/text/long-date.ts';
import { esBackup } from '../../../shared/locales/es/backup.ts';
import { enBackup } from '../../../shared/locales/en/backup.ts';
import { esCoverage } from '../../../shared/locales/es/coverage.ts';
import { enCoverage } from '../../../shared/locales/en/coverage.ts';
import { esVoicesReport } from '../../../shared/locales/es/voices-report.ts';
import { enVoicesReport } from '../../../shared/locales/en/voices-report.ts';

export type CliLanguage = 'es' | 'en';
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** `--lang` wins, then CABINA_LANG, then the system locale; Spanish unless English is asked for. */
export function pickCliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): CliLanguage {
  const wanted = flag ?? env.CABINA_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? 'es';
  return wanted.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** A private i18next instance with the same error texts the UI shows, so both say the same thing. */
export function createTranslator(language: CliLanguage): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language === 'es' ? 'es-MX' : 'en',
    fallbackLng: language === 'es' ? 'es' : 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      // Issue #12: `cabina backup|doctor` print the same words as the Ajustes panels.
      // `cabina report` prints the same words as the Informes page.
      es: { translation: { cli: cliEs, errors: errorsEs, ...esBackup, coverage: esCoverage.coverage, voicesReport: esVoicesReport } },
      en: { translation: { cli: cliEn, errors: errorsEn, ...enBackup, coverage: enCoverage.coverage, voicesReport: enVoicesReport } },
    },
  });
  // The same `longDate` formatter as the UI's (renderer/src/i18n/i18n.ts), so both say a date alike.
  addLongDate(instance);
  return (key, vars) => instance.t(key, vars ?? {}) as string;
}

/**
 * One translated sentence for an error that crossed a boundary (CLI stderr, start-up dialog). A
 * refused value says which one and why (`errors.input.<reason>`, issue #11) rather than only "a
 * value is not valid".
 */
export function errorSentence(t: Translate, error: ApiErrorData): string {
  const details = error.details ?? {};
  if (error.code === 'invalid_input' && typeof details.field === 'string' && details.field) {
    const field = t('errors.invalid_input_field', details);
    return typeof details.reason === 'string' && details.reason ? t(`errors.input.${details.reason}`, { ...details, defaultValue: field }) : field;
  }
  return t(`errors.${error.code}`, { ...details, defaultValue: error.message });
}
