import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Import boundaries are enforced here, not by hope (DESIGN.md §1, §9):
// the core runs in plain Node, shared/ runs everywhere, the renderer talks only to the API client.
const electronImport = { name: 'electron', message: 'electron/core runs in plain Node: no electron imports (DESIGN.md §1).' };
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'stream', 'url', 'worker_threads'];

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
    rules: { 'import-x/no-cycle': 'error' },
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
