import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { resetFakeWavesurfer } from '../edit/fake-wavesurfer.ts';
import { pickLanguage } from '../production/production-fakes.ts';
import { makeTestimony, openTestimony, openVoices, voicesApi } from './voices-fakes.ts';

vi.mock('wavesurfer.js', () => import('../edit/fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('../edit/fake-regions.ts'));

beforeEach(resetFakeWavesurfer);

describe('Voces: the testimony form (issue #14 §2)', () => {
  it('saves date, source, language, places, categories, summary and disguise with voices.update', async () => {
    const testimony = makeTestimony();
    const { api, state } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);

    const date = screen.getByTestId('voices-received-on');
    await user.clear(date);
    await user.type(date, '02/04/2026');
    fireEvent.blur(date);
    await user.click(screen.getByTestId('voices-source-option-call_in'));
    await pickLanguage(user, 'voices-language', 'yolox', 'xty');
    await user.selectOptions(screen.getByTestId('voices-origin-state'), '20');
    await waitFor(() => expect((screen.getByTestId('voices-origin-municipality') as HTMLSelectElement).disabled).toBe(false));
    await user.selectOptions(screen.getByTestId('voices-origin-municipality'), '20469');
    await user.selectOptions(screen.getByTestId('voices-work-state'), '25');
    const categories = within(screen.getByTestId('voices-categories'));
    await user.click(categories.getByLabelText('Vivienda'));
    await user.click(categories.getByLabelText('Fraude en el reclutamiento'));
    await user.type(screen.getByTestId('voices-summary'), 'Le cobraron el viaje.');
    expect(screen.getByTestId('voices-summary-count').textContent).toBe('21 de 2000 caracteres');
    await user.click(screen.getByTestId('voices-disguise-lower'));
    await user.click(screen.getByTestId('voices-save'));

    expect((await screen.findByTestId('voices-saved')).textContent).toBe('Datos guardados.');
    expect(api.callsOf('voices.update')).toEqual([
      {
        id: testimony.id, receivedOn: '2026-04-02', source: 'call_in', languageCode: 'xty',
        origin: { stateCode: '20', municipalityCode: '20469' }, work: { stateCode: '25', municipalityCode: null },
        // The catalog's order, not the order ticked.
        categories: ['fraude-reclutamiento', 'vivienda'], summary: 'Le cobraron el viaje.', disguise: 'lower',
      },
    ]);
    expect(state.testimonies[0]?.disguise).toBe('lower');
    await waitFor(() => expect(screen.getByTestId('voices-row').textContent).toContain('Trabaja en Sinaloa'));
  });

  it('refuses a date that is not one, and shows the core\'s validation error with the field\'s label', async () => {
    const testimony = makeTestimony();
    const { api } = voicesApi([testimony]);
    api.override('voices.update', async () => {
      throw new ApiError('invalid_input', 'bad', { field: 'summary' });
    });
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    const date = screen.getByTestId('voices-received-on');
    await user.clear(date);
    await user.type(date, 'ayer');
    fireEvent.blur(date);
    expect(screen.getByTestId('voices-date-error').textContent).toBe('Escribe la fecha como dd/mm/aaaa.');
    expect((screen.getByTestId('voices-save') as HTMLButtonElement).disabled).toBe(true);
    await user.clear(date);
    await user.type(date, '10/03/2026');
    fireEvent.blur(date);
    await user.click(screen.getByTestId('voices-save'));
    expect((await screen.findByTestId('voices-save-error')).textContent).toBe('No se pudieron guardar los datos. El campo «Resumen breve» no es válido.');
  });
});

describe('Voces: consent records (issue #14 §2)', () => {
  it('adds a record said on the recording at the playhead, and marks it in force', async () => {
    const testimony = makeTestimony({ consents: [{ id: '00000000-0000-4000-8000-0000000000c1', givenBy: 'la persona que llamó', uses: ['internal'], method: 'checkbox', atSec: null, givenOn: '2026-03-10', recordedAt: '2026-03-10T10:00:00.000Z' }] });
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    const section = within(screen.getByTestId('voices-consent'));
    expect(section.getByTestId('voices-consent-now').textContent).toBe('Vigente: Consentimiento para:Interno');
    expect(section.getAllByTestId('voices-consent-record').map((r) => r.getAttribute('data-in-force'))).toEqual(['true']);
    expect(section.getByTestId('voices-consent-record').textContent).toContain('Lo dio: la persona que llamó · marcado por quien lo tomó');
    expect(section.getByText(/puede contarse en informes anónimos/i)).toBeTruthy();

    await user.type(section.getByTestId('voices-consent-given-by'), 'su hermana');
    await user.click(section.getByTestId('voices-consent-use-anonymised'));
    await user.click(section.getByTestId('voices-consent-use-broadcast'));
    expect((section.getByTestId('voices-consent-method-audio') as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(screen.getByTestId('voices-waveform').getAttribute('data-ready')).toBe('true'));
    // The fake player stands at 3 s.
    await user.click(section.getByTestId('voices-consent-use-playhead'));
    expect((section.getByTestId('voices-consent-at') as HTMLInputElement).value).toBe('3.0');
    const date = section.getByTestId('voices-consent-given-on');
    await user.clear(date);
    await user.type(date, '11/03/2026');
    fireEvent.blur(date);
    await user.click(section.getByTestId('voices-consent-add'));

    await waitFor(() => expect(section.getAllByTestId('voices-consent-record')).toHaveLength(2));
    expect(api.callsOf('voices.consent.add')).toEqual([{ id: testimony.id, givenBy: 'su hermana', uses: ['anonymised', 'broadcast'], method: 'audio', atSec: 3, givenOn: '2026-03-11' }]);
    expect(section.getAllByTestId('voices-consent-record').map((r) => r.getAttribute('data-in-force'))).toEqual(['false', 'true']);
    expect(section.getByTestId('voices-in-force').textContent).toBe('Vigente');
    expect(section.getByTestId('voices-consent-now').textContent).toBe('Vigente: Consentimiento para:Informe anónimo · Transmisión');
    await waitFor(() => expect(screen.getByTestId('voices-row').querySelector('[data-testid="voices-consent-badge"]')?.getAttribute('data-uses')).toBe('anonymised broadcast'));
  });

  it('says plainly that a record with no use withdraws consent', async () => {
    const testimony = makeTestimony();
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    expect(screen.getByTestId('voices-consent-empty')).toBeTruthy();
    expect(screen.getByTestId('voices-consent-withdraw-hint').textContent).toContain('sin ningún uso marcado');
    await user.type(screen.getByTestId('voices-consent-given-by'), 'la persona que llamó');
    await user.click(screen.getByTestId('voices-consent-method-checkbox'));
    expect(screen.getByTestId('voices-consent-add').textContent).toBe('Registrar que retira el consentimiento');
    await user.click(screen.getByTestId('voices-consent-use-internal'));
    expect(screen.getByTestId('voices-consent-add').textContent).toBe('Agregar registro');
  });
});

describe('Voces: delete (issue #14 §2)', () => {
  it('asks first, saying the audio goes too; keeping does nothing, confirming deletes and closes', async () => {
    const testimony = makeTestimony();
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    await user.click(screen.getByTestId('voices-delete'));
    const dialog = screen.getByTestId('voices-delete-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('también su audio original');
    expect(document.activeElement).toBe(screen.getByTestId('voices-delete-confirm-keep'));
    await user.click(screen.getByTestId('voices-delete-confirm-keep'));
    expect(api.callsOf('voices.delete')).toEqual([]);
    await user.click(screen.getByTestId('voices-delete'));
    await user.click(screen.getByTestId('voices-delete-confirm-confirm'));
    await waitFor(() => expect(screen.queryByTestId('voices-panel')).toBeNull());
    expect(api.callsOf('voices.delete')).toEqual([{ id: testimony.id }]);
    expect(await screen.findByTestId('voices-empty')).toBeTruthy();
  });
});
