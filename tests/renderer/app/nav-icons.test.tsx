import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pages } from '../../../renderer/src/app/pages.ts';
import { renderApp } from '../render-app.tsx';

/** Issue #15 §1: an icon with every word, and a tooltip in the UI language. */
describe('icons with every word', () => {
  it('every nav item shows an icon (hidden from screen readers), its word, and a tooltip sentence', async () => {
    renderApp();
    await screen.findByTestId('nav-library');
    for (const entry of pages) {
      const item = screen.getByTestId(entry.testId);
      const icon = item.querySelector('svg');
      expect(icon, entry.id).not.toBeNull();
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      // The accessible name stays the word alone; the tooltip says what the page is for.
      expect(item.textContent?.trim().length, entry.id).toBeGreaterThan(2);
      expect(item.getAttribute('title')?.length ?? 0, entry.id).toBeGreaterThan(10);
      expect(item.getAttribute('title')).not.toBe(item.textContent);
    }
    expect(screen.getByTestId('nav-reports').getAttribute('title')).toBe('Qué salió al aire, dónde y en qué lengua');
  });

  it('tooltips follow the UI language', async () => {
    renderApp();
    await userEvent.selectOptions(await screen.findByTestId('ui-language'), 'en');
    await waitFor(() => expect(screen.getByTestId('nav-record').getAttribute('title')).toBe('Record with the microphone'));
  });

  it('main actions carry their icon beside the word: import, record', async () => {
    renderApp();
    const importButton = await screen.findByTestId('import-button');
    expect(importButton.querySelector('svg')).not.toBeNull();
    expect(importButton.textContent).toBe('Importar audios');
    expect(importButton.getAttribute('title')).toBe('Traer audios desde esta computadora o una memoria USB');
    await userEvent.click(screen.getByTestId('nav-record'));
    const start = await screen.findByTestId('record-start');
    expect(start.querySelector('svg')).not.toBeNull();
  });
});
