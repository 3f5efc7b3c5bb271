import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCimJson, parseMacMount, parseProcMounts, parseWmicCsv } from '../../../../electron/core/files/drive-parsers.ts';
import { listDrives, type DriveProbe } from '../../../../electron/core/files/drive-probe.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'drives', name), 'utf8');

describe('drive parsers (real output of each OS)', () => {
  it('Windows wmic csv: only removable letters (DriveType 2), with label and free bytes; a comma in a label survives', () => {
    expect(parseWmicCsv(fixture('wmic-logicaldisk.csv'))).toEqual([
      { label: 'KINGSTON', mountPath: 'E:\\', freeBytes: 7834566656 },
      { label: 'RADIO, COMUNITARIA', mountPath: 'F:\\', freeBytes: 15998976 },
    ]);
  });

  it('Windows CIM JSON (no wmic on Windows 11 24H2): an array or a single object', () => {
    expect(parseCimJson(fixture('cim-logicaldisk.json'))).toEqual([{ label: 'SANDISK', mountPath: 'G:\\', freeBytes: 30752636928 }]);
    expect(parseCimJson('{"DeviceID":"H:","DriveType":2,"VolumeName":"","FreeSpace":"1000"}')).toEqual([{ label: 'H:', mountPath: 'H:\\', freeBytes: 1000 }]);
    expect(parseCimJson('not json')).toEqual([]);
  });

  it('Linux /proc/mounts: FAT/exFAT/NTFS under /media, /run/media/$USER and /mnt; not /boot/efi nor ext4 sticks; \\040 is a space', () => {
    expect(parseProcMounts(fixture('proc-mounts.txt'), 'locutora').map((d) => [d.label, d.mountPath])).toEqual([
      ['KINGSTON', '/media/locutora/KINGSTON'],
      ['RADIO LA VOZ', '/media/locutora/RADIO LA VOZ'],
      ['Respaldo', '/run/media/locutora/Respaldo'],
      ['usb', '/mnt/usb'],
    ]);
  });

  it('macOS mount: volumes under /Volumes, not the root volume nor nobrowse system volumes', () => {
    expect(parseMacMount(fixture('macos-mount.txt')).map((d) => d.mountPath)).toEqual(['/Volumes/KINGSTON', '/Volumes/Radio Comunitaria']);
  });
});

function probe(overrides: Partial<DriveProbe>): DriveProbe {
  return {
    platform: 'linux',
    user: 'locutora',
    run: async () => {
      throw new Error('not used');
    },
    readText: async () => '',
    freeBytes: async () => 42,
    realpath: async (p) => p,
    ...overrides,
  };
}

describe('listDrives', () => {
  it('measures free bytes where the listing has none (Linux)', async () => {
    const drives = await listDrives(probe({ readText: async () => fixture('proc-mounts.txt') }));
    expect(drives[0]).toEqual({ label: 'KINGSTON', mountPath: '/media/locutora/KINGSTON', freeBytes: 42 });
  });

  it('falls back to PowerShell when wmic is missing, with a timeout on each command', async () => {
    const commands: [string, number][] = [];
    const drives = await listDrives(
      probe({
        platform: 'win32',
        run: async (command, _args, timeoutMs) => {
          commands.push([command, timeoutMs]);
          if (command === 'wmic') throw Object.assign(new Error('spawn wmic ENOENT'), { code: 'ENOENT' });
          return fixture('cim-logicaldisk.json');
        },
      }),
    );
    expect(commands.map((c) => c[0])).toEqual(['wmic', 'powershell.exe']);
    expect(commands.every((c) => c[1] > 0)).toBe(true);
    expect(drives.map((d) => d.label)).toEqual(['SANDISK']);
  });

  it('macOS: a /Volumes mount that leads to / is the root volume and is left out', async () => {
    const drives = await listDrives(probe({ platform: 'darwin', run: async () => fixture('macos-mount.txt'), realpath: async (p) => (p === '/Volumes/KINGSTON' ? '/' : p) }));
    expect(drives.map((d) => d.label)).toEqual(['Radio Comunitaria']);
  });

  it('a failing probe means no drives, not an error', async () => {
    expect(await listDrives(probe({ readText: async () => Promise.reject(new Error('EACCES')) }))).toEqual([]);
  });
});
