/**
 * Pure parsers of what each OS says about its drives (issue #11 req. 3 "Copy to USB"). Kept apart
 * from the probing so tests feed them real command output captured on each OS.
 */

export interface DriveCandidate {
  label: string;
  mountPath: string;
  /** Known from the listing itself (Windows); else measured with statfs afterwards. */
  freeBytes: number | null;
}

/** Win32_LogicalDisk DriveType 2 = removable disk (USB sticks, SD cards). */
const REMOVABLE = 2;

function windowsCandidate(deviceId: string, driveType: number, label: string, free: string | number | null): DriveCandidate | null {
  if (driveType !== REMOVABLE || !/^[A-Z]:$/i.test(deviceId)) return null;
  const freeBytes = free === null || free === '' ? null : Number(free);
  return { label: label || deviceId, mountPath: `${deviceId.toUpperCase()}\\`, freeBytes: Number.isFinite(freeBytes) ? freeBytes : null };
}

/**
 * `wmic logicaldisk get DeviceID,DriveType,FreeSpace,VolumeName /format:csv`: lines end in \r\r\n,
 * the first column is the machine name, and wmic orders columns itself, so the header is read.
 */
export function parseWmicCsv(text: string): DriveCandidate[] {
  const lines = text.split(/\r*\n/).map((l) => l.trim()).filter(Boolean);
  const header = lines.shift()?.split(',') ?? [];
  const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const [id, type, free, label] = [col('DeviceID'), col('DriveType'), col('FreeSpace'), col('VolumeName')];
  if (id < 0 || type < 0) return [];
  return lines.flatMap((line) => {
    const cells = line.split(',');
    // A volume name may itself hold commas (wmic does not quote): it is the last column, take the rest.
    const name = label === header.length - 1 ? cells.slice(label).join(',') : (cells[label] ?? '');
    const found = windowsCandidate(cells[id] ?? '', Number(cells[type]), name.trim(), free < 0 ? null : (cells[free] ?? null));
    return found ? [found] : [];
  });
}

/** `Get-CimInstance Win32_LogicalDisk | Select-Object … | ConvertTo-Json`: one object or an array. */
export function parseCimJson(text: string): DriveCandidate[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim() || '[]');
  } catch {
    return [];
  }
  const rows = Array.isArray(parsed) ? parsed : [parsed];
  return rows.flatMap((row: unknown) => {
    if (typeof row !== 'object' || row === null) return [];
    const r = row as Record<string, unknown>;
    const free = typeof r.FreeSpace === 'number' || typeof r.FreeSpace === 'string' ? r.FreeSpace : null;
    const found = windowsCandidate(String(r.DeviceID ?? ''), Number(r.DriveType), typeof r.VolumeName === 'string' ? r.VolumeName : '', free);
    return found ? [found] : [];
  });
}

/** /proc/mounts escapes space, tab, newline and backslash as octal (\040 …). */
function unescapeMount(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

const USB_FS = new Set(['vfat', 'exfat', 'ntfs', 'ntfs3', 'fuseblk', 'msdos']);

/** Removable media on Linux: FAT/exFAT/NTFS mounts under /media, /run/media/$USER or /mnt. */
export function parseProcMounts(text: string, user: string): DriveCandidate[] {
  const roots = ['/media/', `/run/media/${user}/`, '/mnt/'];
  return text.split('\n').flatMap((line) => {
    const [, rawMount, fsType] = line.split(' ');
    if (!rawMount || !fsType || !USB_FS.has(fsType)) return [];
    const mountPath = unescapeMount(rawMount);
    if (!roots.some((r) => mountPath.startsWith(r) && mountPath.length > r.length)) return [];
    return [{ label: mountPath.slice(mountPath.lastIndexOf('/') + 1), mountPath, freeBytes: null }];
  });
}

/**
 * macOS `mount` output: `/dev/disk4s1 on /Volumes/KINGSTON (msdos, local, nodev, …)`. Only volumes
 * under /Volumes; the root volume is mounted at / (its /Volumes entry is a link, not a mount), and
 * `nobrowse` volumes are system ones Finder hides too.
 */
export function parseMacMount(text: string): DriveCandidate[] {
  return text.split('\n').flatMap((line) => {
    const match = /^\S+ on (\/Volumes\/.+) \(([^()]*)\)\s*$/.exec(line.trim());
    if (!match?.[1] || match[2]?.split(',').some((o) => o.trim() === 'nobrowse')) return [];
    const mountPath = match[1];
    return [{ label: mountPath.slice('/Volumes/'.length), mountPath, freeBytes: null }];
  });
}
