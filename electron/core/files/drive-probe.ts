import { execFile } from 'node:child_process';
import { readFile, realpath, statfs } from 'node:fs/promises';
import os from 'node:os';
import type { Drive } from '../../../shared/api/methods/files.ts';
import { parseCimJson, parseMacMount, parseProcMounts, parseWmicCsv, type DriveCandidate } from './drive-parsers.ts';

/** What listing drives needs from the OS; tests pass fixtures of real output instead. */
export interface DriveProbe {
  platform: NodeJS.Platform;
  user: string;
  /** Runs a command and resolves with its stdout; rejects on failure or after `timeoutMs`. */
  run(command: string, args: string[], timeoutMs: number): Promise<string>;
  readText(file: string): Promise<string>;
  freeBytes(dir: string): Promise<number | null>;
  /** Where a path really leads (the macOS root volume's /Volumes entry leads to /). */
  realpath(dir: string): Promise<string>;
}

/** A hung wmic (it happens on Windows with a stuck network drive) must not hang the dialog. */
const PROBE_TIMEOUT_MS = 5000;

export function systemDriveProbe(): DriveProbe {
  return {
    platform: process.platform,
    user: os.userInfo().username,
    run: (command, args, timeoutMs) =>
      new Promise((resolve, reject) => {
        execFile(command, args, { timeout: timeoutMs, windowsHide: true, maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
      }),
    readText: (file) => readFile(file, 'utf8'),
    freeBytes: async (dir) => {
      const s = await statfs(dir);
      return Number(s.bavail) * Number(s.bsize);
    },
    realpath: (dir) => realpath(dir),
  };
}

async function windowsCandidates(probe: DriveProbe): Promise<DriveCandidate[]> {
  try {
    return parseWmicCsv(await probe.run('wmic', ['logicaldisk', 'get', 'DeviceID,DriveType,FreeSpace,VolumeName', '/format:csv'], PROBE_TIMEOUT_MS));
  } catch {
    // Windows 11 24H2 removed wmic: ask CIM through PowerShell instead.
    const script = 'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName,FreeSpace | ConvertTo-Json -Compress';
    return parseCimJson(await probe.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], PROBE_TIMEOUT_MS));
  }
}

async function candidates(probe: DriveProbe): Promise<DriveCandidate[]> {
  if (probe.platform === 'win32') return windowsCandidates(probe);
  if (probe.platform === 'darwin') {
    const found = parseMacMount(await probe.run('/sbin/mount', [], PROBE_TIMEOUT_MS));
    const real = await Promise.all(found.map((d) => probe.realpath(d.mountPath).catch(() => d.mountPath)));
    return found.filter((_, i) => real[i] !== '/');
  }
  return parseProcMounts(await probe.readText('/proc/mounts'), probe.user);
}

/** Removable drives with label, mount path and free bytes; none (not an error) when probing fails. */
export async function listDrives(probe: DriveProbe): Promise<Drive[]> {
  let found: DriveCandidate[];
  try {
    found = await candidates(probe);
  } catch {
    return [];
  }
  return Promise.all(found.map(async (d) => ({ ...d, freeBytes: d.freeBytes ?? (await probe.freeBytes(d.mountPath).catch(() => null)) })));
}
