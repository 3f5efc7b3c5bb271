import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// A test that forgets --data-dir must never open the real library in the user's home folder.
const hermeticDataDir = path.join(os.tmpdir(), `cabina-test-default-${process.pid}`);

// Three projects so each suite gets the environment it needs; `npm test` runs them all.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          env: { CABINA_DATA_DIR: hermeticDataDir },
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          env: { CABINA_DATA_DIR: hermeticDataDir },
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
