import { useEffect, useState } from 'react';
import type { ImportSource } from '../../../../../shared/api/contract.ts';
import type { LogMapping, LogPreset, LogPreview } from '../../../../../shared/api/methods/asrun.ts';
import { useApi } from '../../../api/api-context.tsx';
import { mappingComplete } from './mapping-fields.tsx';

export type PreviewState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; preview: LogPreview };

/** Re-reads the first rows whenever the file, the preset or the mapping changes; a stale answer is dropped. */
export function useLogPreview(file: { source: ImportSource; name: string } | null, preset: LogPreset, mapping: LogMapping): PreviewState {
  const api = useApi();
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const key = JSON.stringify(mapping);
  useEffect(() => {
    if (!file) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    // An unfinished mapping still previews the columns (the core answers "mapping required" as a problem).
    const withMapping = preset === 'generic' && mappingComplete(mapping) ? { mapping } : {};
    api.call('asrun.log.preview', { source: file.source, originalName: file.name, preset, ...withMapping }).then(
      (preview) => live && setState({ status: 'ready', preview }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // `key` stands for the mapping's content: a new object with the same fields is no change.
  }, [api, file, preset, key]);
  return state;
}
