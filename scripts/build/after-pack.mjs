// electron-builder afterPack hook (electron-builder.yml). Plain .mjs: electron-builder imports it
// with whatever Node runs the build, which may not strip TypeScript.
//
// @ffmpeg-installer/@ffprobe-installer run `chmod u+x` on install, so the binaries are executable by
// their owner only. Installed from a .deb the owner is root and a station's user could not run
// ffprobe at all; make them executable by everyone before the installers are made.
import { chmod, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const TOOLS = [
  ['@ffmpeg-installer', 'ffmpeg'],
  ['@ffprobe-installer', 'ffprobe'],
];

/** Every packaged ffmpeg/ffprobe binary below `<resources>/app.asar.unpacked/node_modules`. */
export async function findToolBinaries(resourcesDir) {
  const found = [];
  for (const [scope, tool] of TOOLS) {
    const scopeDir = path.join(resourcesDir, 'app.asar.unpacked', 'node_modules', scope);
    let entries = [];
    try {
      entries = await readdir(scopeDir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      for (const name of [tool, `${tool}.exe`]) {
        const file = path.join(scopeDir, entry, name);
        const info = await stat(file).catch(() => null);
        if (info?.isFile()) found.push(file);
      }
    }
  }
  return found;
}

export default async function afterPack(context) {
  const resourcesDir = context.packager.getResourcesDir(context.appOutDir);
  for (const file of await findToolBinaries(resourcesDir)) await chmod(file, 0o755);
}
