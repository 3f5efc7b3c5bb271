import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/core/data-dir.ts';

describe('resolveDataDir', () => {
  const env = { CABINA_DATA_DIR: '/env/cabina' };

  it('prefers --data-dir, then CABINA_DATA_DIR, then Electron userData, then the OS default', () => {
    expect(resolveDataDir({ flag: '/flag/cabina', env, electronUserData: '/user/data' })).toBe(path.resolve('/flag/cabina'));
    expect(resolveDataDir({ env, electronUserData: '/user/data' })).toBe(path.resolve('/env/cabina'));
    expect(resolveDataDir({ env: {}, electronUserData: '/user/data' })).toBe(path.resolve('/user/data'));
    expect(resolveDataDir({ env: {}, homeDir: '/home/ana', platform: process.platform })).toBe(path.resolve(defaultDataDir(process.platform, {}, '/home/ana')));
  });

  it('ignores empty values and makes relative paths absolute', () => {
    expect(resolveDataDir({ flag: '  ', env: { CABINA_DATA_DIR: '' }, electronUserData: '/user/data' })).toBe(path.resolve('/user/data'));
    expect(resolveDataDir({ flag: 'biblioteca', env: {} })).toBe(path.resolve('biblioteca'));
  });
});

describe('defaultDataDir', () => {
  it('follows each OS convention', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Cabina');
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Cabina');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Cabina');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/xdg' }, '/home/ana')).toBe('/data/xdg/cabina');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.local/share/cabina');
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'rel' }, '/home/ana')).toBe('/home/ana/.local/share/cabina');
  });
});
