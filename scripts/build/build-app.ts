import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'vite';

/**
 * Builds what electron-builder packs and what `node dist/electron/core/server.js` runs:
 *   dist/renderer/                      vite build of renderer/ (its own config)
 *   dist/electron/{main,core}, dist/shared   tsc -p tsconfig.build.json (ESM, package "type": "module")
 *   dist/electron/preload/preload.cjs   the preload as ONE CommonJS file: sandboxed preloads can only
 *                                       require('electron'), not our other modules
 *   dist/resources/catalogs/            where the compiled core's defaultCatalogDir() looks
 * Usage: node scripts/build/build-app.ts [--skip-renderer]
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const require = createRequire(import.meta.url);

function step(message: string): void {
  process.stdout.write(`build: ${message}\n`);
}

function runNode(script: string, args: readonly string[]): boolean {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}

function binOf(pkg: string, bin: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), bin);
}

export function buildRenderer(): 'built' | 'skipped' | 'failed' {
  const config = path.join(ROOT, 'renderer', 'vite.config.ts');
  if (!existsSync(config)) {
    step('renderer/vite.config.ts not found: renderer build skipped (the app will show "interface not built").');
    return 'skipped';
  }
  step('renderer (vite build)');
  return runNode(binOf('vite', 'bin/vite.js'), ['build', '--config', config]) ? 'built' : 'failed';
}

export function compileMain(): boolean {
  step('main process, core and shared (tsc -p tsconfig.build.json)');
  for (const dir of ['electron', 'shared', 'resources']) rmSync(path.join(DIST, dir), { recursive: true, force: true });
  return runNode(binOf('typescript', 'bin/tsc'), ['-p', 'tsconfig.build.json']);
}

export async function bundlePreload(): Promise<void> {
  step('preload (CommonJS bundle)');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: path.join(DIST, 'electron', 'preload'),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      sourcemap: false,
      // Electron 45 ships Chromium 140: no down-levelling needed.
      target: 'es2023',
      lib: { entry: path.join(ROOT, 'electron', 'preload', 'preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
      rolldownOptions: { external: ['electron'] },
    },
  });
}

export function copyCatalogs(): void {
  step('catalogs → dist/resources/catalogs');
  cpSync(path.join(ROOT, 'resources', 'catalogs'), path.join(DIST, 'resources', 'catalogs'), { recursive: true });
}

export async function buildApp(options: { skipRenderer?: boolean } = {}): Promise<boolean> {
  const renderer = options.skipRenderer ? 'skipped' : buildRenderer();
  const compiled = compileMain();
  await bundlePreload();
  copyCatalogs();
  if (renderer === 'failed') process.stderr.write('build: the renderer build failed.\n');
  if (!compiled) process.stderr.write('build: tsc reported errors (files were still written to dist/).\n');
  return renderer !== 'failed' && compiled;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  buildApp({ skipRenderer: process.argv.includes('--skip-renderer') }).then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
