import { UserFacingError } from '../../../shared/api/errors.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract.ts';
import type { CoreServices } from '../core-types.ts';
import { readScriptFile } from './script-file.ts';

/** library.scriptFromFile: the same sources as library.import, read as text and never stored. */
export function createScriptFromFileHandler(deps: Pick<CoreServices, 'transport' | 'uploads'>) {
  return async ({ source, originalName }: ParsedInput<'library.scriptFromFile'>): Promise<MethodOutput<'library.scriptFromFile'>> => {
    // As for imports: browser mode reads only uploaded bytes, never a path a page names.
    if (source.kind === 'path' && deps.transport === 'web') {
      throw new UserFacingError('forbidden', 'Path reads are not available in browser mode');
    }
    try {
      const sourcePath = source.kind === 'path' ? source.path : deps.uploads.pathOf(source.uploadId);
      return await readScriptFile(sourcePath, undefined, originalName);
    } finally {
      if (source.kind === 'upload') await deps.uploads.discard(source.uploadId);
    }
  };
}
