import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where the Electron binary is, or null, WITHOUT loading the electron package: since Electron 42
 * its index.js runs install.js when the binary is missing, which prints "Downloading Electron
 * binary..." and, offline, install.js's `TypeError: fetch failed` stack before `npm start` could say
 * anything. We read the same path.txt / dist/ (and ELECTRON_OVERRIDE_DIST_PATH) it reads.
 */
export function findElectronBinary(packageDir: string | null, env: NodeJS.ProcessEnv): string | null {
  if (!packageDir) return null;
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = path.join(override, executable || 'electron');
  else if (executable) binary = path.join(packageDir, 'dist', executable);
  return binary && fs.existsSync(binary) ? binary : null;
}

/** The installed electron package's folder, found by its package.json (which loads nothing). */
export function electronPackageDir(fromUrl: string): string | null {
  try {
    return path.dirname(createRequire(fromUrl).resolve('electron/package.json'));
  } catch {
    return null;
  }
}
