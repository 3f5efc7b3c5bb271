import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 2: "A test builds app.asar offline with a stub electronDist and checks those files are where
 * the app will look." electron-builder copies an unpacked Electron from `electronDist` instead of
 * downloading one (DESIGN.md §8); all it needs there is an executable named `electron`. Ours also
 * carries Electron's fuse sentinel and wire, so the real `electronFuses` config is applied to it and
 * checked below — no need to switch fuses off for the stub.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults, in FuseV1Options order: RunAsNode, CookieEncryption, NodeOptions,
// NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, GrantFileProtocolExtraPrivileges.
const DEFAULT_WIRE = '10110001';
const PLATFORM = `${process.platform}-${process.arch}`;

let scratch: string;
let appDir: string;
let resources: string;
let archive: string;
let listing: Set<string>;

function run(args: string[], label: string): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

function makeStubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'electron');
  writeFileSync(file, Buffer.concat([Buffer.from(`#!/bin/sh\necho "stub electron"\n# ${FUSE_SENTINEL}`), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(`${DEFAULT_WIRE}\n`)]));
  chmodSync(file, 0o755);
}

/** The fuse wire of a packaged executable, as '0'/'1' characters. */
function fuseWire(executable: string): string {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = bytes[at + 1] ?? 0;
  return bytes.subarray(at + 2, at + 2 + length).toString('latin1');
}

describe.runIf(process.platform === 'linux')('packaged app (electron-builder --dir, offline)', () => {
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'cabina-asar-'));
    // `npm test` builds the renderer before vitest and the e2e suite serves it meanwhile: rebuilding
    // it here would empty dist/renderer under their feet, so it is only built when missing.
    const rendererBuilt = existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'));
    run([path.join(ROOT, 'scripts', 'build', 'build-app.ts'), ...(rendererBuilt ? ['--skip-renderer'] : [])], 'build-app');
    makeStubElectron(path.join(scratch, 'electron-dist'));
    const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
    run(
      [cli, '--dir', '--linux', '--x64', '--publish', 'never', `-c.electronDist=${path.join(scratch, 'electron-dist')}`, `-c.directories.output=${path.join(scratch, 'out')}`],
      'electron-builder',
    );
    appDir = path.join(scratch, 'out', 'linux-unpacked');
    resources = path.join(appDir, 'resources');
    archive = path.join(resources, 'app.asar');
    listing = new Set(asar.listPackage(archive, { isPack: false }));
  }, 300_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds the main process, the CommonJS preload, the renderer and the catalogs', () => {
    for (const entry of [
      '/package.json',
      '/dist/electron/main/main.js',
      '/dist/electron/preload/preload.cjs',
      '/dist/renderer/index.html',
      '/dist/electron/core/core.js',
      '/dist/electron/core/server.js',
      '/dist/resources/catalogs/languages.json',
    ]) {
      expect(listing.has(entry), entry).toBe(true);
    }
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(listing.has(`/${pkg.main}`)).toBe(true);
  });

  it('ships compiled JavaScript only: no sources, source maps or dev dependencies', () => {
    const entries = [...listing];
    expect(entries.filter((e) => e.startsWith('/electron/') || e.startsWith('/renderer/') || e.startsWith('/tests/'))).toEqual([]);
    expect(entries.filter((e) => e.startsWith('/dist/') && e.endsWith('.map'))).toEqual([]);
    for (const dev of ['electron', 'electron-builder', 'vite', 'vitest', 'typescript', 'react']) {
      expect(listing.has(`/node_modules/${dev}`), dev).toBe(false);
    }
  });

  it('compiled imports point at .js files, and the preload requires nothing but electron', () => {
    const js = [...listing].filter((e) => e.startsWith('/dist/electron/') && e.endsWith('.js'));
    const tsImports = js.filter((e) => /from\s+['"]\.{1,2}\/[^'"]+\.ts['"]/.test(asar.extractFile(archive, e.slice(1)).toString('utf8')));
    expect(tsImports).toEqual([]);
    const preload = asar.extractFile(archive, 'dist/electron/preload/preload.cjs').toString('utf8');
    expect([...preload.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('unpacks better-sqlite3 native code where its loader looks', () => {
    // lib/binding.js loads prebuilds/<platform>-<arch>.node; Electron redirects it to app.asar.unpacked.
    const inside = `node_modules/better-sqlite3/prebuilds/${PLATFORM}.node`;
    expect(asar.statFile(archive, inside)).toMatchObject({ unpacked: true });
    expect(existsSync(path.join(resources, 'app.asar.unpacked', inside))).toBe(true);
    expect([...listing].filter((e) => /better-sqlite3\/(deps|src)\//.test(e))).toEqual([]);
  });

  it('unpacks ffmpeg and ffprobe, executable by every user, at the path locateFfmpeg tries', () => {
    for (const tool of ['ffmpeg', 'ffprobe']) {
      const file = path.join(resources, 'app.asar.unpacked', 'node_modules', `@${tool}-installer`, PLATFORM, tool);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).mode & 0o111, `${tool} must be executable by owner, group and others`).toBe(0o111);
      expect(statSync(file).size).toBeGreaterThan(1_000_000);
      expect(asar.statFile(archive, `node_modules/@${tool}-installer/${PLATFORM}/${tool}`)).toMatchObject({ unpacked: true });
    }
  });

  it('burns the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity and asar-only loading on', () => {
    const wire = fuseWire(path.join(appDir, 'cabina'));
    expect(wire[0], 'RunAsNode').toBe('0');
    expect(wire[2], 'EnableNodeOptionsEnvironmentVariable').toBe('0');
    expect(wire[3], 'EnableNodeCliInspectArguments').toBe('0');
    expect(wire[4], 'EnableEmbeddedAsarIntegrityValidation').toBe('1');
    expect(wire[5], 'OnlyLoadAppFromAsar').toBe('1');
    expect(wire[7], 'GrantFileProtocolExtraPrivileges').toBe('0');
  });
});
