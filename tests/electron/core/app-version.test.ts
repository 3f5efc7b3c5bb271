import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/core/app-version.ts';

it('reports the version package.json ships', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
  expect(APP_VERSION).toBe(pkg.version);
});
