import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronPackageDir, findElectronBinary } from '../../scripts/electron-binary.ts';
import { createTranslator } from '../../electron/core/i18n/translator.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fakePackage(name: string, withBinary: boolean): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  if (withBinary) fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
  return dir;
}

describe('finding Electron without loading its package', () => {
  it('reads path.txt and dist/ the way the package does, and says null when the binary is missing', () => {
    const present = fakePackage('present', true);
    expect(findElectronBinary(present, {})).toBe(path.join(present, 'dist', 'electron'));
    expect(findElectronBinary(fakePackage('missing', false), {})).toBeNull();
    expect(findElectronBinary(path.join(tmp, 'never-installed'), {})).toBeNull();
    expect(findElectronBinary(null, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = path.join(fakePackage('override', true), 'dist');
    expect(findElectronBinary(fakePackage('plain', false), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, 'electron'));
  });
});

// Only meaningful where the binary is missing (these machines); where it exists `npm start` opens the app.
const installed = findElectronBinary(electronPackageDir(path.join(root, 'package.json')), process.env) !== null;

describe.skipIf(installed)('npm start without the Electron binary', () => {
  it.each(['es', 'en'] as const)('prints only the one %s sentence, no download attempt or stack', (lang) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CABINA_LANG: lang };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', path.join(root, 'scripts/start.ts')], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${createTranslator(lang)('cli.electronMissing')}\n`);
  });
});
