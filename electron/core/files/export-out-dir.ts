import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Transport } from '../core-types.ts';

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The output rule for exports (issue #12, defect 5: schedule, coverage, Voces), the same one pack builds and renders
 * follow: in browser mode anyone who can reach the page could otherwise write files into any folder
 * of this PC, so there the export lands only under <data>/exports (links followed first, so a
 * symlink inside exports/ cannot point elsewhere). The desktop app and the CLI write where told:
 * their user owns the PC. Returns the folder to write into, created when it is under exports/.
 */
export function exportOutDir(dataDir: string, transport: Transport, requested: string): string {
  const exportsRoot = path.join(dataDir, 'exports');
  const wanted = path.resolve(requested);
  const underExports = inside(exportsRoot, wanted);
  if (transport === 'web' && !underExports) throw outside(requested);
  // The UI proposes <data>/exports/<week>-<format>: create that one; any other folder must already
  // exist, so a typo never scatters folders across the disk.
  if (underExports) fs.mkdirSync(wanted, { recursive: true });
  if (transport !== 'web') return wanted;
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch {
    throw new UserFacingError('schedule.out_dir', `Cannot write to ${requested}`, { path: requested });
  }
  if (!inside(fs.realpathSync(exportsRoot), real)) throw outside(requested);
  return real;
}

const outside = (requested: string) =>
  new UserFacingError('schedule.out_dir_outside', `Browser mode writes exports only under <data>/exports, not ${requested}`, { path: requested });
