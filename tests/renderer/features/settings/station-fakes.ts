import { DEFAULT_STATION, type Station } from '../../../../shared/domain/schedule.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import type { FakeApiClient } from '../../fake-api-client.ts';

export const NEW_STATION: Station = DEFAULT_STATION;

// A real slice of INEGI's catalog (resources/catalogs/municipalities.json) for two states.
const MUNICIPALITIES: Record<string, { code: string; name: string }[]> = {
  '20': [
    { code: '20184', name: 'San Juan Bautista Tuxtepec' },
    { code: '20469', name: 'Santiago Juxtlahuaca' },
  ],
  '02': [
    { code: '02001', name: 'Ensenada' },
    { code: '02004', name: 'Tijuana' },
  ],
};

/** station.* in memory, like the core: set merges, saving ends the first run, skip ends it too. */
export function fakeStation(api: FakeApiClient, initial: Station = NEW_STATION, setupNeeded = true) {
  const state = { station: initial, needed: setupNeeded };
  api.override('station.get', async () => state.station);
  api.override('station.set', async (patch) => {
    if (patch.municipalityCode && !patch.municipalityCode.startsWith(patch.stateCode ?? state.station.stateCode ?? '-')) {
      throw new ApiError('schedule.municipality_state', 'mismatch', { municipality: patch.municipalityCode });
    }
    state.station = { ...state.station, ...patch } as Station;
    state.needed = false;
    return state.station;
  });
  api.override('station.setupStatus', async () => ({ needed: state.needed }));
  api.override('station.skipSetup', async () => {
    state.needed = false;
    return { needed: false };
  });
  api.override('station.municipalities', async ({ stateCode }) => MUNICIPALITIES[stateCode] ?? []);
  return state;
}
