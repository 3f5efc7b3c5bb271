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
