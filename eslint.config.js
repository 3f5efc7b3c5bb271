import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Import boundaries are enforced here, not by hope (DESIGN.md §1, §9):
// the core runs in plain Node, shared/ runs everywhere, the renderer talks only to the API client.
const electronImport = { name: 'electron', message: 'electron/core runs in plain Node: no electron imports (DESIGN.md §1).' };
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'stream', 'url', 'worker_threads'];

const features = ['edit', 'library', 'onair', 'packs', 'production', 'record', 'reports', 'schedule', 'settings', 'voices'];

/**
 * Core domains in layers (electron/core/<domain>/). A domain may import the layers below it, never
 * a peer or a layer above:
 *   base     db, time, events, jobs, i18n, catalog (and the top-level files: logger, core-types…)
 *   audio    the engine; may import base
 *   library  segments, versions, search; may import audio and base
 *   peers    schedule, packs, feeds, recording, media, production, voices; may import library, audio and base
 *   upper    reports, backup: they read what the peers wrote (as-run, packs, the library) and may
 *            import any lower layer; no peer imports them
 *   top      cli, web and core.ts wire everything together and may import anything
 * Documented exceptions between peers:
 *   feeds → packs      a feed delivers signed packs: it reads and hashes them with the pack code.
 *                      packs reaches the feed inbox only through the PackInbox port (packs-handlers.ts).
 *   packs → schedule/station-store.ts   a pack's publisher name is the station's own setting.
 */
const peers = ['schedule', 'packs', 'feeds', 'recording', 'media', 'production', 'voices'];
const upper = ['reports', 'backup'];
const lowerThan = { audio: ['library', ...peers, ...upper], library: [...peers, ...upper], ...Object.fromEntries(peers.map((p) => [p, upper])) };
// Relative to the imported domain's folder (import-x's `except`).
const allowed = { 'feeds→packs': ['.'], 'packs→schedule': ['./station-store.ts'] };
const coreZone = (domain, other) => ({
  target: `electron/core/${domain}`,
  from: `electron/core/${other}`,
  except: allowed[`${domain}→${other}`] ?? [],
  message: 'Core domains import only lower layers (eslint.config.js, "Core domains in layers").',
});
const coreZones = [
  ...peers.flatMap((domain) => peers.filter((other) => other !== domain).map((other) => coreZone(domain, other))),
  ...upper.flatMap((domain) => upper.filter((other) => other !== domain).map((other) => coreZone(domain, other))),
  ...Object.entries(lowerThan).flatMap(([domain, above]) => above.map((other) => coreZone(domain, other))),
];

// A feature uses another feature's pieces only after they move to a shared folder (DESIGN.md §9).
const featureZones = features.map((feature) => ({
  target: `renderer/src/features/${feature}`,
  from: 'renderer/src/features',
  except: [`./${feature}`],
  message: 'A feature does not import another feature: move the shared piece to renderer/src/{components,hooks,api,i18n}.',
}));
const sharedRendererZones = ['components', 'hooks', 'api', 'i18n'].map((folder) => ({
  target: `renderer/src/${folder}`,
  from: 'renderer/src/features',
  message: 'Shared renderer code does not depend on a feature; only renderer/src/app wires features together.',
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', '.tools/**', 'tests/fixtures/generated/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A cycle means two modules cannot be understood (or loaded) apart; move the shared piece down instead.
    // Type-only imports are erased at runtime, so import-x skips them.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    // Sources import each other by relative path with the real `.ts` extension, so Node resolution is enough.
    // import-x only parses dependencies whose extension it knows, hence the TypeScript extensions and parser.
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...coreZones, ...featureZones, ...sharedRendererZones] }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: ['electron/*'] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' }))],
          patterns: [{ group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' }, { group: ['react', 'react-dom'], message: 'shared/ has no UI.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access; call the API client.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the core only through renderer/src/api.' },
          ],
        },
      ],
    },
  },
);
