import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The zones in eslint.config.js (issue #11): lints one-line sources placed at a given path and reads
 * which import-x rule fired, so loosening a zone or dropping a documented exception fails here.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedRules(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as m from '${specifier}';\nexport const used = m;\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal').filter((rule) => rule.startsWith('import-x/') || rule === 'fatal');
}

describe('eslint zones', () => {
  it.each([
    ['electron/core/packs/probe.ts', '../feeds/feed-store.ts'],
    ['electron/core/schedule/probe.ts', '../packs/pack-reader.ts'],
    ['electron/core/recording/probe.ts', '../schedule/station-store.ts'],
    ['electron/core/library/probe.ts', '../recording/session-store.ts'],
    ['electron/core/audio/probe.ts', '../library/search.ts'],
    ['renderer/src/features/onair/probe.ts', '../schedule/schedule-format.ts'],
    ['renderer/src/hooks/probe.ts', '../features/library/library-page.tsx'],
    ['renderer/src/components/probe.ts', '../features/onair/onair-page.tsx'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restrictedRules(file, specifier)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['electron/core/feeds/probe.ts', '../packs/pack-reader.ts'],
    ['electron/core/packs/probe.ts', '../schedule/station-store.ts'],
    ['electron/core/recording/probe.ts', '../library/take-versions.ts'],
    ['electron/core/library/probe.ts', '../audio/probe-audio.ts'],
    ['electron/core/cli/probe.ts', '../feeds/feed-store.ts'],
    ['renderer/src/features/onair/probe.ts', '../../hooks/use-async-resource.ts'],
    ['renderer/src/features/library/probe.ts', './search/library-filters.ts'],
    ['renderer/src/app/probe.ts', '../features/onair/onair-page.tsx'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedRules(file, specifier)).toEqual([]);
  });

  it('reports an import cycle', async () => {
    // cli-args.ts imports the option tables; a table importing cli-args.ts back closes a loop.
    expect(await restrictedRules('electron/core/cli/schedule-cli-options.ts', './cli-args.ts')).toContain('import-x/no-cycle');
  });
});
