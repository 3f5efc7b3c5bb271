import { useEffect } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Resource } from '../../hooks/use-async-resource.ts';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';

export type Summary = MethodOutput<'voices.summary'>;
export type SummaryInput = MethodInput<'voices.summary'>;

/** The anonymised counts for a range; a testimony changed anywhere counts again. */
export function useSummary(input: SummaryInput): { resource: Resource<Summary>; reload(): void } {
  const api = useApi();
  const { resource, reload } = useLatestResource(JSON.stringify(input), () => api.call('voices.summary', input));
  useEffect(() => api.on('voices.changed', reload), [api, reload]);
  return { resource, reload };
}

/** Whose testimonies: this station's, or the network's as the stations' receipts counted them. */
export type SummaryScope = NonNullable<SummaryInput['scope']>;
