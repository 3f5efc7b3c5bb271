import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary is not installed here (DESIGN.md §8): the module is mocked, as in the other main tests.
vi.mock('electron', () => ({}));
const { fileActionHandlers } = await import('../../../electron/main/file-actions.ts');

let root: string;
let dataDir: string;
let render: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'cabina-actions-'));
  dataDir = path.join(root, 'data');
  mkdirSync(path.join(dataDir, 'exports', 'w01'), { recursive: true });
  render = path.join(dataDir, 'exports', 'w01', 'parrilla.m3u');
  writeFileSync(render, '#EXTM3U\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(choice: { canceled: boolean; filePath?: string }) {
  const dialog = { showSaveDialog: vi.fn(async () => choice) };
  const shell = { showItemInFolder: vi.fn() };
  const window = { id: 1 } as unknown as import('electron').BrowserWindow;
  const handlers = fileActionHandlers({ dialog: dialog as never, shell, getWindow: () => window, dataDir, defaultDir: path.join(root, 'Descargas') });
  return { dialog, shell, window, handlers };
}

describe('Electron file actions', () => {
  it('Save as opens the native dialog on our window in Downloads with the suggested name, then copies whole', async () => {
    const target = path.join(root, 'elegido.m3u');
    const { dialog, window, handlers } = setup({ canceled: false, filePath: target });
    expect(await handlers['files.saveAs']({ path: render, name: 'Parrilla semana 1.m3u' })).toEqual({ savedTo: target });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: path.join(root, 'Descargas', 'Parrilla semana 1.m3u') });
    expect(readFileSync(target, 'utf8')).toBe('#EXTM3U\n');
    expect(readdirSync(root).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('a cancelled dialog saves nothing and is not an error', async () => {
    const { handlers } = setup({ canceled: true });
    expect(await handlers['files.saveAs']({ path: render })).toEqual({ savedTo: null });
    expect(readdirSync(root).sort()).toEqual(['data']);
  });

  it('refuses to save or show a file the core did not produce, before any dialog', async () => {
    const { dialog, shell, handlers } = setup({ canceled: false, filePath: path.join(root, 'x') });
    writeFileSync(path.join(dataDir, 'cabina.db'), 'db');
    await expect(handlers['files.saveAs']({ path: path.join(dataDir, 'cabina.db') })).rejects.toMatchObject({ code: 'files.not_produced' });
    await expect(handlers['files.showInFolder']({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'files.not_produced' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('Open folder shows the file selected in the file manager', async () => {
    const { shell, handlers } = setup({ canceled: true });
    expect(await handlers['files.showInFolder']({ path: render })).toEqual({ shown: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(render);
  });
});
