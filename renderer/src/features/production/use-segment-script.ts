import { useEffect } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Resource } from '../../hooks/use-async-resource.ts';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';

export type SegmentScript = MethodOutput<'production.script.get'>;

/**
 * One segment's master script and tasks. Like the board, a refresh keeps what is shown until the
 * answer arrives (the editor the user is typing in must not unmount), and it follows
 * production.changed for this segment.
 */
export function useSegmentScript(segmentId: string): { resource: Resource<SegmentScript>; reload(): void } {
  const api = useApi();
  const { resource, reload } = useLatestResource(segmentId, () => api.call('production.script.get', { segmentId }));

  useEffect(
    () =>
      api.on('production.changed', ({ segmentIds }) => {
        // An empty list means "anything may have changed" (a restore, an import).
        if (segmentIds.length === 0 || segmentIds.includes(segmentId)) reload();
      }),
    [api, segmentId, reload],
  );

  return { resource, reload };
}

/** The current master revision: the highest number (the core's order is not part of the contract). */
export function currentRevision(script: SegmentScript): SegmentScript['revisions'][number] | null {
  return script.revisions.reduce<SegmentScript['revisions'][number] | null>((best, r) => (best === null || r.revision > best.revision ? r : best), null);
}
