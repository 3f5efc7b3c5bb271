// `npm start`: the Electron window where Electron's binary exists; otherwise one clear sentence that
// points to browser mode (issue #2, item 1). Electron's binary cannot be downloaded on CI machines.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createTranslator, pickCliLanguage } from '../electron/core/i18n/translator.ts';
import { electronPackageDir, findElectronBinary } from './electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..');

const binary = findElectronBinary(electronPackageDir(import.meta.url), process.env);
if (!binary) {
  const t = createTranslator(pickCliLanguage(undefined, process.env));
  process.stderr.write(`${t('cli.electronMissing')}\n`);
  process.exit(1);
}
const build = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', path.join(root, 'scripts/build/build-app.ts')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(app.status ?? 0);
