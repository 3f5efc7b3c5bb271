import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../../fake-api-client.ts';
import { makeSegment } from '../../../fixtures.ts';
import { renderApp } from '../../../render-app.tsx';

async function openEditor(api: FakeApiClient, title: string) {
  renderApp(api);
  await userEvent.click(await screen.findByRole('button', { name: title }));
  return (await screen.findByTestId('editor-title')) as HTMLInputElement;
}

describe('Segment editor', () => {
  it('saves a title change as a segments.update patch', async () => {
    const api = new FakeApiClient();
    const segment = api.add(makeSegment({ title: 'Aviso viejo' }));
    const title = await openEditor(api, 'Aviso viejo');
    await userEvent.clear(title);
    await userEvent.type(title, 'Aviso nuevo');
    await userEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(api.callsOf('segments.update')).toEqual([{ id: segment.id, patch: { title: 'Aviso nuevo' } }]));
    expect(api.callsOf('versions.update')).toHaveLength(0);
    expect((await screen.findByTestId('editor-status-message')).textContent).toBe('Cambios guardados.');
    await waitFor(() => expect(screen.getAllByTestId('segment-title')[0]?.textContent).toBe('Aviso nuevo'));
  });

  it('finds a language by a folded prefix and saves language and region as a versions.update', async () => {
    const api = new FakeApiClient();
    const segment = api.add(makeSegment({ title: 'Derechos' }));
    await openEditor(api, 'Derechos');
    const language = screen.getByTestId('language-select');
    await userEvent.type(language, 'yolox');
    const options = await screen.findAllByTestId('language-option');
    expect(options.map((o) => o.getAttribute('data-code'))).toEqual(['xty']);
    await userEvent.keyboard('{Enter}');
    expect(language.getAttribute('data-value')).toBe('xty');
    expect((language as HTMLInputElement).value).toBe('Mixteco de Yoloxóchitl (xty)');

    await userEvent.selectOptions(screen.getByTestId('region-select'), '20');
    expect((screen.getByTestId('region-role') as HTMLSelectElement).value).toBe('origin');
    await userEvent.type(screen.getByTestId('region-place'), 'San Quintín');
    await userEvent.selectOptions(screen.getByTestId('region-role'), 'destination');
    await userEvent.click(screen.getByTestId('region-add'));
    expect(screen.getByTestId('region-tag').textContent).toContain('Oaxaca — San Quintín · Destino');

    await userEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() =>
      expect(api.callsOf('versions.update')).toEqual([
        {
          id: segment.versions[0]?.id,
          patch: { languageCode: 'xty', regions: [{ stateCode: '20', municipalityCode: null, place: 'San Quintín', role: 'destination' }] },
        },
      ]),
    );
    expect(api.callsOf('segments.update')).toHaveLength(0);
  });

  it('saves topics, status, dates and license together', async () => {
    const api = new FakeApiClient();
    const segment = api.add(makeSegment({ title: 'Salario' }));
    await openEditor(api, 'Salario');
    await userEvent.click(screen.getByLabelText('Salario mínimo'));
    await userEvent.selectOptions(screen.getByTestId('editor-status'), 'approved');
    await userEvent.type(screen.getByTestId('editor-valid-from'), '2025-01-01');
    await userEvent.type(screen.getByTestId('editor-valid-until'), '2025-12-31');
    await userEvent.selectOptions(screen.getByTestId('editor-license'), 'CC-BY-SA-4.0');
    await userEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() =>
      expect(api.callsOf('segments.update')).toEqual([
        { id: segment.id, patch: { topics: ['wages'], status: 'approved', validFrom: '2025-01-01', validUntil: '2025-12-31', license: 'CC-BY-SA-4.0' } },
      ]),
    );
  });

  it('catches an inverted validity range before calling the core', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Fechas' }));
    await openEditor(api, 'Fechas');
    await userEvent.type(screen.getByTestId('editor-valid-from'), '2025-06-01');
    await userEvent.type(screen.getByTestId('editor-valid-until'), '2025-01-01');
    await userEvent.click(screen.getByTestId('editor-save'));
    expect((await screen.findAllByText('La fecha «Válido hasta» debe ser igual o posterior a «Válido desde».')).length).toBeGreaterThan(0);
    expect(screen.getByTestId('editor-valid-until').getAttribute('aria-invalid')).toBe('true');
    expect(api.callsOf('segments.update')).toHaveLength(0);
  });

  it('catches a validity window of more than ten years before calling the core (issue #11)', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Fechas lejanas' }));
    await openEditor(api, 'Fechas lejanas');
    await userEvent.type(screen.getByTestId('editor-valid-from'), '2026-01-01');
    await userEvent.type(screen.getByTestId('editor-valid-until'), '2206-01-01');
    await userEvent.click(screen.getByTestId('editor-save'));
    expect((await screen.findAllByText('Esa fecha está a más de 10 años. Revisa el año (¿quizá un error al escribirlo?).')).length).toBeGreaterThan(0);
    expect(screen.getByTestId('editor-valid-until').getAttribute('aria-invalid')).toBe('true');
    expect(api.callsOf('segments.update')).toHaveLength(0);
  });

  it('shows the core\'s ten-year refusal on the field it names', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Fecha sola' }));
    api.override('segments.update', async () => {
      throw new ApiError('validity.too_far', 'validUntil is more than 10 years away', { field: 'validUntil', date: '2206-01-01', years: 10 });
    });
    await openEditor(api, 'Fecha sola');
    await userEvent.type(screen.getByTestId('editor-valid-until'), '2206-01-01');
    await userEvent.click(screen.getByTestId('editor-save'));
    expect((await screen.findByTestId('editor-error')).textContent).toBe('Esa fecha está a más de 10 años. Revisa el año (¿quizá un error al escribirlo?).');
    expect(screen.getByTestId('editor-valid-until').getAttribute('aria-invalid')).toBe('true');
  });

  it('translates a core validation error with the field label', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Campo' }));
    api.override('segments.update', async () => {
      throw new ApiError('invalid_input', 'Too big', { method: 'segments.update', field: 'patch.producer' });
    });
    await openEditor(api, 'Campo');
    await userEvent.type(screen.getByLabelText('Producción'), 'Radio Tlachinollan');
    await userEvent.click(screen.getByTestId('editor-save'));
    expect((await screen.findByTestId('editor-error')).textContent).toBe('El campo «Producción» no es válido.');
  });

  it('guards unsaved changes when switching segments', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Primero' }), makeSegment({ title: 'Segundo' }));
    const title = await openEditor(api, 'Primero');
    await userEvent.type(title, ' (editado)');
    await userEvent.click(screen.getByRole('button', { name: 'Segundo' }));
    const dialog = await screen.findByTestId('unsaved-dialog');
    expect(dialog.textContent).toContain('¿Descartar los cambios de «Primero»?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Seguir editando' }));
    expect((screen.getByTestId('editor-title') as HTMLInputElement).value).toBe('Primero (editado)');

    await userEvent.click(screen.getByRole('button', { name: 'Segundo' }));
    await userEvent.click(within(await screen.findByTestId('unsaved-dialog')).getByRole('button', { name: 'Descartar cambios' }));
    await waitFor(() => expect((screen.getByTestId('editor-title') as HTMLInputElement).value).toBe('Segundo'));
    expect(api.callsOf('segments.update')).toHaveLength(0);
  });
});
