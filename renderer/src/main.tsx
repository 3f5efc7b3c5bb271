import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/api-context.tsx';
import { createApiClient } from './api/create-api-client.ts';
import { App } from './app/app.tsx';
import { ErrorBoundary } from './app/error-boundary.tsx';
import { createI18n } from './i18n/i18n.ts';
import { tellCoreLanguage } from './i18n/core-language.ts';
import './styles/base.css';
import './styles/app.css';
import './styles/library.css';
import './styles/editor.css';

const i18n = createI18n({ storage: window.localStorage, document });
const api = createApiClient(window);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// The core names things in the UI language (issue #11): it hears it before the first page asks for any.
const { first } = tellCoreLanguage(api, i18n);
void first.then(() =>
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* Last resort for a crash in the shell itself; pages have their own boundary. */}
        <ErrorBoundary onReload={() => window.location.reload()}>
          <ApiProvider client={api}>
            <App />
          </ApiProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  ),
);
