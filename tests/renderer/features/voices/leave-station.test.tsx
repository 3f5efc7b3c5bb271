import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentUse } from '../../../../shared/domain/voices.ts';
import { resetFakeWavesurfer } from '../edit/fake-wavesurfer.ts';
import { makeTestimony, openTestimony, openVoices, uuid, voicesApi } from './voices-fakes.ts';

vi.mock('wavesurfer.js', () => import('../edit/fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('../edit/fake-regions.ts'));

beforeEach(resetFakeWavesurfer);

const withConsent = (uses: ConsentUse[]) =>
  makeTestimony({ receivedOn: '2026-03-10', consents: [{ id: uuid(), givenBy: 'la persona que llamó', uses, method: 'checkbox', atSec: null, givenOn: '2026-03-10', recordedAt: '2026-03-10T10:00:00.000Z' }] });

describe('Voces: leaving the station (issue #14 §2)', () => {
  it('disables what the consent in force does not cover, with the reason beside the button', async () => {
    const testimony = withConsent(['internal', 'anonymised']);
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    const broadcast = screen.getByTestId('voices-export-broadcast') as HTMLButtonElement;
    expect(broadcast.disabled).toBe(true);
    expect(broadcast.textContent).toBe('Exportar audio para transmitir');
    expect(screen.getByTestId('voices-export-broadcast-why').textContent).toBe('El consentimiento vigente no permite transmitirlo.');
    expect(broadcast.getAttribute('aria-describedby')).toBe(screen.getByTestId('voices-export-broadcast-why').id);
    expect((screen.getByTestId('voices-publish') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('voices-publish-why').textContent).toBe('El consentimiento vigente no permite transmitirlo.');
    expect((screen.getByTestId('voices-export-anonymised') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('voices-export-anonymised-why')).toBeNull();
  });

  it('exports for a report as a job and shows the produced file in the file dialog', async () => {
    const testimony = withConsent(['anonymised']);
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    await user.click(screen.getByTestId('voices-export-anonymised'));
    const dialog = await screen.findByTestId('file-result-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Audio exportado');
    expect((await within(dialog).findByTestId('file-result-file')).textContent).toContain('testimonio-anonymised.mp3');
    expect(api.callsOf('voices.export')[0]).toMatchObject({ id: testimony.id, use: 'anonymised' });
  });

  it("shows the core's refusal translated when it comes anyway (consent withdrawn in another window)", async () => {
    const testimony = withConsent(['broadcast']);
    const { api, state } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    // Withdrawn elsewhere, no event yet: the button still looks usable here.
    state.testimonies = state.testimonies.map((x) => ({ ...x, consents: [...x.consents, { ...x.consents[0]!, id: uuid(), uses: [], recordedAt: '2026-03-10T11:00:00.000Z' }] }));
    await user.click(screen.getByTestId('voices-export-broadcast'));
    expect((await screen.findByTestId('voices-export-error')).textContent).toBe(
      'No se pudo exportar el audio. El testimonio del 10 de marzo de 2026 no tiene consentimiento para transmitirse. Registra un consentimiento que lo cubra antes de que salga de la estación.',
    );
  });

  it('takes it to the Library with a title, then links to the segment', async () => {
    const testimony = withConsent(['broadcast']);
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    const title = screen.getByTestId('voices-publish-title') as HTMLInputElement;
    expect(title.value).toMatch(/^Testimonio del /);
    await user.clear(title);
    await user.type(title, 'Testimonio: cobros en el albergue');
    await user.click(screen.getByTestId('voices-publish'));
    expect((await screen.findByTestId('voices-published')).textContent).toContain('Ya está en la Biblioteca como borrador.');
    expect(api.callsOf('voices.publish')[0]).toMatchObject({ id: testimony.id, title: 'Testimonio: cobros en el albergue' });
    await waitFor(() => expect(screen.getByTestId('voices-publish').textContent).toBe('Llevar otra vez a la Biblioteca'));
    expect(screen.getByTestId('voices-open-segment').textContent).toBe('Abrir en Editar');
  });
});
