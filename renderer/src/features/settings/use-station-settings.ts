import type { Catalogs } from '../../../../shared/domain/catalog.ts';
import type { Station } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { loadCatalogs } from '../../components/load-catalogs.ts';

export interface StationSettings {
  station: Station;
  catalogs: Catalogs;
}

/** The station and the catalogs its pickers label with, loaded together so the form opens complete. */
export function useStationSettings() {
  const api = useApi();
  return useAsyncResource<StationSettings>(async () => {
    const [station, catalogs] = await Promise.all([api.call('station.get', {}), loadCatalogs(api)]);
    return { station, catalogs };
  });
}
