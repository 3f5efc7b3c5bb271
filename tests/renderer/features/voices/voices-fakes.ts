import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import type { TestimonyRow } from '../../../../shared/api/methods/voices.ts';
import { consentCovers, consentInForce, type Testimony } from '../../../../shared/domain/voices.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import type { UiLanguage } from '../../../../shared/locales/index.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';

let counter = 0;
export const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
export const ASSET = 'b'.repeat(64);

export function makeTestimony(over: Partial<Testimony> = {}): Testimony {
  return {
    id: uuid(), receivedOn: '2026-03-10', source: 'voice_note', languageCode: null, origin: null, work: null, categories: [], summary: '',
    assetId: ASSET, durationSec: 42, redactions: [], disguise: 'none', consents: [], segmentId: null,
    createdAt: '2026-03-10T10:00:00.000Z', updatedAt: '2026-03-10T10:00:00.000Z', ...over,
  };
}

function rowOf(t: Testimony): TestimonyRow {
  return {
    id: t.id, receivedOn: t.receivedOn, source: t.source, languageCode: t.languageCode, originState: t.origin?.stateCode ?? null, workState: t.work?.stateCode ?? null,
    categories: t.categories, summary: t.summary, durationSec: t.durationSec, consentUses: consentInForce(t.consents)?.uses ?? [], redactions: t.redactions.length, segmentId: t.segmentId,
  };
}

/**
 * voices.* in memory, like the core: newest first, filters, consent records with the one in force,
 * refusals with the core's codes (voices.consent_missing, voices.no_audio, voices.has_audio), voices.changed.
 */
export function voicesApi(initial: Testimony[] = []) {
  const api = new FakeApiClient();
  const state = { testimonies: [...initial] };
  const changed = (id: string) => api.emit('voices.changed', { ids: [id] });
  const find = (id: string) => {
    const t = state.testimonies.find((x) => x.id === id);
    if (!t) throw new ApiError('not_found', `No testimony ${id}`);
    return t;
  };
  const replace = (t: Testimony) => {
    state.testimonies = state.testimonies.map((x) => (x.id === t.id ? t : x));
    changed(t.id);
    return t;
  };
  const add = (t: Testimony) => {
    state.testimonies = [...state.testimonies, t];
    changed(t.id);
    return t;
  };

  api.override('voices.list', async (input) => list(state.testimonies, input));
  api.override('voices.get', async ({ id }) => find(id));
  api.override('voices.import', async ({ jobId, testimonySource }) => {
    api.emit('job.progress', { jobId, kind: 'import', stage: 'probe', fraction: 0.5 });
    return add(makeTestimony({ source: testimonySource ?? 'voice_note', receivedOn: '2026-04-01' }));
  });
  api.override('voices.create', async ({ assetId, testimonySource }) => add(makeTestimony({ assetId, durationSec: assetId ? 30 : null, source: testimonySource ?? 'call_in' })));
  // A recorded call (issue #14 §2): the take's audio becomes the testimony's; a call with audio refuses another.
  api.override('voices.fromTake', async () => add(makeTestimony({ source: 'call_in', assetId: ASSET, durationSec: 3 })));
  api.override('voices.audio.attach', async ({ id }) => {
    const t = find(id);
    if (t.assetId) throw new ApiError('voices.has_audio', 'has audio', { id });
    return replace({ ...t, assetId: ASSET, durationSec: 3 });
  });
  api.override('voices.update', async ({ id, ...patch }) => replace({ ...find(id), ...patch }));
  api.override('voices.redactions.save', async ({ id, redactions }) => replace({ ...find(id), redactions: redactions.map((r) => ({ ...r, note: r.note ?? '' })) }));
  api.override('voices.consent.add', async ({ id, ...record }) => {
    const t = find(id);
    return replace({ ...t, consents: [...t.consents, { ...record, id: uuid(), recordedAt: `2026-04-0${t.consents.length + 1}T10:00:00.000Z` }] });
  });
  api.override('voices.delete', async ({ id }) => {
    find(id);
    state.testimonies = state.testimonies.filter((x) => x.id !== id);
    changed(id);
    return { deleted: true };
  });
  // Stored peaks, as the core answers: one loud pixel at a quarter of the recording, silence elsewhere.
  api.override('voices.peaks', async ({ id }) => {
    const t = find(id);
    if (!t.assetId) throw new ApiError('voices.no_audio', 'no audio', { id });
    return { assetId: t.assetId, samplesPerPixel: 2048, sampleRate: 8000, durationSec: t.durationSec ?? 0, peaks: [0, 0, -16384, 16384, 0, 0, 0, 0] };
  });
  api.override('voices.preview', async ({ id }) => ({ mediaId: '33333333-3333-4333-8333-333333333333', durationSec: find(id).durationSec ?? 0 }));
  api.override('voices.export', async ({ id, use }) => {
    const t = find(id);
    if (!t.assetId) throw new ApiError('voices.no_audio', 'no audio', { id });
    if (!consentCovers(t.consents, use)) throw new ApiError('voices.consent_missing', 'no consent', { id, use, receivedOn: t.receivedOn });
    return { files: [`/data/exports/voces/testimonio-${use}.mp3`] };
  });
  api.override('voices.publish', async ({ id }) => {
    const t = find(id);
    if (!consentCovers(t.consents, 'broadcast')) throw new ApiError('voices.consent_missing', 'no consent', { id, use: 'broadcast', receivedOn: t.receivedOn });
    const segmentId = uuid();
    replace({ ...t, segmentId });
    return { segmentId, versionId: uuid() };
  });
  api.override('voices.summary', async () => ({ cells: [], counted: 0, leftOut: 0, stations: 1 }));
  api.override('voices.summary.export', async ({ format }) => ({ files: [`/data/exports/voces/resumen.${format}`] }));
  api.override('files.describe', async ({ files }) => files.map((f) => ({ path: f.path, name: f.name ?? f.path.split('/').pop() ?? '', sizeBytes: 2048 })));
  api.override('station.municipalities', async ({ stateCode }) =>
    stateCode === '20' ? [{ code: '20067', name: 'Oaxaca de Juárez' }, { code: '20469', name: 'Santiago Juxtlahuaca' }] : [{ code: `${stateCode}001`, name: 'Primero' }],
  );
  return { api, state };
}

function list(all: Testimony[], input: MethodInput<'voices.list'>): MethodOutput<'voices.list'> {
  const rows = [...all]
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn))
    .filter((t) => !input.query || t.summary.toLowerCase().includes(input.query.toLowerCase()))
    .filter((t) => !input.category || t.categories.includes(input.category))
    .filter((t) => !input.stateCode || t.origin?.stateCode === input.stateCode || t.work?.stateCode === input.stateCode)
    .map(rowOf);
  const offset = input.offset ?? 0;
  return { rows: rows.slice(offset, offset + (input.limit ?? 50)), total: rows.length };
}

export async function openVoices(api: FakeApiClient, lng: UiLanguage = 'es-MX') {
  const view = renderApp(api, lng);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-voices'));
  return { ...view, user };
}

/** Opens a testimony's panel from its row and waits for the form. */
export async function openTestimony(user: ReturnType<typeof userEvent.setup>, id: string) {
  const row = await screen.findByText((_, el) => el?.getAttribute('data-id') === id && el.getAttribute('data-testid') === 'voices-row');
  const button = row.querySelector('[data-testid="voices-row-open"]');
  if (!button) throw new Error('no open button');
  await user.click(button);
  return screen.findByTestId('voices-form');
}
