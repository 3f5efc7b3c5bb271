import type { BrowserWindow, Dialog, Shell } from 'electron';
import path from 'node:path';
import type { Handlers } from '../../shared/api/handlers.ts';
import { copyFileAtomic } from '../core/files/atomic-copy.ts';
import { resolveProduced } from '../core/files/produced-files.ts';

export interface FileActionDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  getWindow: () => BrowserWindow | null;
  dataDir: string;
  /** Where the save dialog opens first (the user's Downloads folder). */
  defaultDir: string;
}

export type FileActionHandlers = Pick<Handlers, 'files.saveAs' | 'files.showInFolder'>;

/**
 * The two file actions only a desktop app has (issue #11 req. 3). They are contract methods like any
 * other — same zod validation, same trusted-sender check, same `Result` — whose core versions fail
 * with files.desktop_only; main overrides them in the handler table it gives the IPC transport,
 * because a native dialog and the file manager exist only here (the core never imports electron).
 * Both accept only files the core produced, exactly as the core's own file methods do.
 */
export function fileActionHandlers(deps: FileActionDeps): FileActionHandlers {
  return {
    'files.saveAs': async ({ path: requested, name }) => {
      const file = await resolveProduced(deps.dataDir, requested, name);
      const options = { defaultPath: path.join(deps.defaultDir, file.name) };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { savedTo: null };
      const target = path.resolve(choice.filePath);
      if (target !== file.path) await copyFileAtomic(file.path, target, file.sizeBytes);
      return { savedTo: target };
    },
    'files.showInFolder': async ({ path: requested }) => {
      const file = await resolveProduced(deps.dataDir, requested);
      deps.shell.showItemInFolder(file.path);
      return { shown: true };
    },
  };
}
