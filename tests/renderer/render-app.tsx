import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '../../shared/locales/index.ts';
import { ApiProvider } from '../../renderer/src/api/api-context.tsx';
import { App } from '../../renderer/src/app/app.tsx';
import { AudioSystemContext, type AudioSystem } from '../../renderer/src/features/record/audio-system.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from './fake-api-client.ts';

/**
 * The whole app over a fake client, with a fresh i18n instance (its own language, no leaks); with
 * `audio`, Grabar records from that fake microphone instead of the browser's.
 */
export function renderApp(api = new FakeApiClient(), lng: UiLanguage = 'es-MX', audio?: AudioSystem) {
  const i18n = createI18n({ storage: window.localStorage, document }, lng);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>{audio ? <AudioSystemContext value={audio}><App /></AudioSystemContext> : <App />}</ApiProvider>
    </I18nextProvider>,
  );
  return { ...view, api, i18n };
}
