import type { Catalogs } from '../../../shared/domain/catalog.ts';
import type { ApiClient } from '../api/api-client.ts';

/** The three tagging catalogs a page names things with, in one round of calls: the one place that lists them. */
export async function loadCatalogs(api: ApiClient): Promise<Catalogs> {
  const [languages, states, topics] = await Promise.all([api.call('catalog.languages', {}), api.call('catalog.regions', {}), api.call('catalog.topics', {})]);
  return { languages, states, topics };
}
