import { homedir } from 'node:os';
import path from 'node:path';

export interface DataDirOptions {
  /** `--data-dir DIR` from the command line. */
  flag?: string | undefined;
  /** Environment to read `CABINA_DATA_DIR`, `APPDATA`, `XDG_DATA_HOME` from; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Electron's `app.getPath('userData')`, when running inside Electron. */
  electronUserData?: string | undefined;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

/** The OS-appropriate folder for browser mode and the CLI (issue 2: "an OS-appropriate default"). */
export function defaultDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') return p.join(env.APPDATA || p.join(home, 'AppData', 'Roaming'), 'Cabina');
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', 'Cabina');
  // XDG base-directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return p.join(xdg && p.isAbsolute(xdg) ? xdg : p.join(home, '.local', 'share'), 'cabina');
}

/**
 * Where the library lives: `--data-dir`, else `CABINA_DATA_DIR`, else Electron's userData, else the
 * OS default (issue 2 "Data folder from --data-dir, else CABINA_DATA_DIR, else …"). Shared by the
 * CLI, browser mode and Electron main so the three never disagree. Always absolute.
 */
export function resolveDataDir(options: DataDirOptions = {}): string {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const chosen =
    nonEmpty(options.flag) ?? nonEmpty(env.CABINA_DATA_DIR) ?? nonEmpty(options.electronUserData) ?? defaultDataDir(platform, env, options.homeDir ?? homedir());
  return platform === process.platform ? path.resolve(chosen) : p.normalize(chosen);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
