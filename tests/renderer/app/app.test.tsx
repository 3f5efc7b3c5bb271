import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/error-boundary.tsx';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../fake-api-client.ts';
import { makeSegment } from '../fixtures.ts';
import { renderApp } from '../render-app.tsx';

describe('App shell', () => {
  it('shows the Library in the nav as the current page', async () => {
    renderApp();
    const nav = await screen.findByTestId('nav-library');
    expect(nav.textContent).toBe('Biblioteca');
    expect(nav.getAttribute('aria-current')).toBe('page');
  });

  it('switching the UI language to English changes visible text, catalog names and <html lang>', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Aviso', languageCode: 'xty', status: 'ready' }));
    renderApp(api);
    await screen.findAllByTestId('segment-row');
    expect(screen.getByTestId('import-button').textContent).toBe('Importar audios');
    const row = () => within(screen.getByTestId('segment-row'));
    expect(row().getByText('Mixteco de Yoloxóchitl')).toBeTruthy();

    await userEvent.selectOptions(screen.getByTestId('ui-language'), 'en');
    await waitFor(() => expect(screen.getByTestId('import-button').textContent).toBe('Import audio'));
    expect(screen.getByTestId('nav-library').textContent).toBe('Library');
    expect(screen.getByTestId('result-count').textContent).toBe('1 segment');
    expect(row().getByText('Yoloxóchitl Mixtec')).toBeTruthy();
    expect(row().getByText('Ready')).toBeTruthy();
    expect(screen.getByTestId('play-button').getAttribute('aria-label')).toBe('Play “Aviso”');
    expect((screen.getByTestId('search-input') as HTMLInputElement).placeholder).toBe('Title, script, topic, language or region…');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('cabina.uiLanguage')).toBe('en');
  });

  it('an error boundary shows a translated sentence, never the stack', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('secret stack detail');
    }
    render(
      <I18nextProvider i18n={createI18n({}, 'es-MX')}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Algo salió mal');
    expect(alert.textContent).not.toContain('secret stack detail');
    consoleError.mockRestore();
  });
});
