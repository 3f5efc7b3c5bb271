import type { Catalogs } from '../../../../shared/domain/catalog.ts';
import type { Station } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';

export interface StationSettings {
  station: Station;
  catalogs: Catalogs;
}

/** The station and the catalogs its pickers label with, loaded together so the form opens complete. */
export function useStationSettings() {
  const api = useApi();
  return useAsyncResource<StationSettings>(async () => {
    const [station, languages, states, topics] = await Promise.all([
      api.call('station.get', {}),
      api.call('catalog.languages', {}),
      api.call('catalog.regions', {}),
      api.call('catalog.topics', {}),
    ]);
    return { station, catalogs: { languages, states, topics } };
  });
}
