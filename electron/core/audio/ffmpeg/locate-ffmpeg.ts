import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { UserFacingError } from '../../../../shared/api/errors.ts';

/* Where the ffmpeg and ffprobe binaries are (DESIGN.md §4); re-exported by ffmpeg-adapter.ts. */

export interface FfmpegPaths {
  ffmpeg: string;
  ffprobe: string;
}

export interface LocateOptions {
  /** User setting: the ffmpeg binary, or a folder holding ffmpeg and ffprobe. */
  settingPath?: string | undefined;
  /** Packaged app: process.resourcesPath. */
  resourcesPath?: string | undefined;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromSetting(settingPath: string, tool: 'ffmpeg' | 'ffprobe'): string[] {
  let isDir = false;
  try {
    isDir = statSync(settingPath).isDirectory();
  } catch {
    return [];
  }
  if (isDir) return [join(settingPath, exe(tool))];
  return tool === 'ffmpeg' ? [settingPath] : [join(dirname(settingPath), exe('ffprobe'))];
}

function fromInstallerPackage(tool: 'ffmpeg' | 'ffprobe'): string[] {
  try {
    const require = createRequire(import.meta.url);
    const loaded: unknown = require(tool === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe');
    const path = z.object({ path: z.string() }).parse(loaded).path;
    // Inside a packaged app the package resolves into app.asar, but binaries are unpacked beside it.
    return [path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2'), path];
  } catch {
    // The installer packages throw (even plain strings) when their platform binary is absent.
    return [];
  }
}

/** Finds ffmpeg and ffprobe: user setting → packaged resources → @ffmpeg-installer packages. */
export function locateFfmpeg(options: LocateOptions = {}): FfmpegPaths {
  const platform = `${process.platform}-${process.arch}`;
  const find = (tool: 'ffmpeg' | 'ffprobe'): string | undefined => {
    const candidates = [
      ...(options.settingPath ? fromSetting(options.settingPath, tool) : []),
      ...(options.resourcesPath
        ? [
            join(options.resourcesPath, 'ffmpeg', exe(tool)),
            join(options.resourcesPath, 'app.asar.unpacked', 'node_modules', `@${tool}-installer`, platform, exe(tool)),
          ]
        : []),
      ...fromInstallerPackage(tool),
    ];
    return candidates.find(isExecutable);
  };
  const ffmpeg = find('ffmpeg');
  const ffprobe = find('ffprobe');
  if (!ffmpeg || !ffprobe) {
    throw new UserFacingError('ffmpeg.missing', `Cannot find ${ffmpeg ? 'ffprobe' : 'ffmpeg'}`, { tool: ffmpeg ? 'ffprobe' : 'ffmpeg' });
  }
  return { ffmpeg, ffprobe };
}
