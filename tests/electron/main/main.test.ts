import { beforeEach, describe, expect, it, vi } from 'vitest';

// Whole-app wiring with every Electron module faked (the binary cannot run here, DESIGN.md §8).
const state = vi.hoisted(() => ({
  order: [] as string[],
  lock: true,
  windows: [] as { options: unknown; url: string }[],
  cores: [] as { options: unknown; closed: boolean }[],
  handled: [] as string[],
  appEvents: new Map<string, ((...args: unknown[]) => void)[]>(),
  createCoreError: null as Error | null,
  errorBoxes: [] as string[],
  exitCodes: [] as number[],
}));

vi.mock('electron', () => {
  const on = (event: string, listener: (...args: unknown[]) => void) => {
    state.appEvents.set(event, [...(state.appEvents.get(event) ?? []), listener]);
  };
  class BrowserWindow {
    webContents = { id: 1, send: vi.fn(), isDestroyed: () => false };
    readonly options: unknown;
    constructor(options: unknown) {
      this.options = options;
      state.windows.push({ options, url: '' });
    }
    once() {}
    on() {}
    show() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      const last = state.windows.at(-1);
      if (last) last.url = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      on,
      enableSandbox: () => state.order.push('sandbox'),
      requestSingleInstanceLock: () => {
        state.order.push('lock');
        return state.lock;
      },
      whenReady: async () => {
        state.order.push('ready');
      },
      getPath: (name: string) => `/home/locutora/.config/Cabina-${name}`,
      getLocale: () => 'es-MX',
      quit: () => state.order.push('quit'),
      exit: (code: number) => state.exitCodes.push(code),
    },
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, text: string) => state.errorBoxes.push(text) },
    ipcMain: { handle: (channel: string) => state.handled.push(`ipc:${channel}`), removeHandler: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: () => state.order.push('schemes'),
      handle: (scheme: string) => state.handled.push(`protocol:${scheme}`),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('../../../electron/core/core.ts', async () => {
  const { fakeCore } = await import('../core/web/fake-core.ts');
  return {
    createCore: async (options: unknown) => {
      state.order.push('core');
      if (state.createCoreError) throw state.createCoreError;
      const core = Object.assign(fakeCore(), { options });
      state.cores.push(core);
      return core;
    },
  };
});

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/main.ts');
  await vi.waitFor(() => expect(state.order).toContain(state.lock ? 'core' : 'quit'));
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  state.order.length = 0;
  state.windows.length = 0;
  state.cores.length = 0;
  state.handled.length = 0;
  state.appEvents.clear();
  state.errorBoxes.length = 0;
  state.exitCodes.length = 0;
  state.lock = true;
  state.createCoreError = null;
  delete process.env.CABINA_DATA_DIR;
  delete process.env.CABINA_RENDERER_URL;
  process.env.CABINA_LOG_LEVEL = 'error';
});

describe('main process', () => {
  it('declares schemes before ready, then opens the core, protocols, IPC and one secure window', async () => {
    await startMain();
    expect(state.order.slice(0, 5)).toEqual(['schemes', 'sandbox', 'lock', 'ready', 'core']);
    expect(state.cores[0]?.options).toMatchObject({ transport: 'electron', dataDir: '/home/locutora/.config/Cabina-userData' });
    expect(state.handled).toEqual(expect.arrayContaining(['protocol:app', 'protocol:cabina-media', 'ipc:cabina:invoke']));
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.url).toBe('app://cabina/index.html');
    expect(state.windows[0]?.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(state.appEvents.has('web-contents-created')).toBe(true);
  });

  it('closes the core when the app quits', async () => {
    await startMain();
    for (const listener of state.appEvents.get('will-quit') ?? []) listener();
    expect(state.cores[0]?.closed).toBe(true);
  });

  it('quits without touching the library when another instance holds the lock', async () => {
    state.lock = false;
    await startMain();
    expect(state.order).toEqual(['schemes', 'sandbox', 'lock', 'quit']);
    expect(state.cores).toHaveLength(0);
  });

  it('honours CABINA_DATA_DIR over userData', async () => {
    process.env.CABINA_DATA_DIR = '/srv/radio/cabina';
    await startMain();
    expect(state.cores[0]?.options).toMatchObject({ dataDir: '/srv/radio/cabina' });
  });

  it('shows one sentence and exits when the library cannot be opened', async () => {
    // startMain() resets the module registry; build the error from the copy main.ts will see.
    vi.resetModules();
    const { UserFacingError } = await import('../../../shared/api/errors.ts');
    state.createCoreError = new UserFacingError('data_dir.not_writable', 'Data folder is not writable: /x', { path: '/x' });
    await import('../../../electron/main/main.ts');
    await vi.waitFor(() => expect(state.exitCodes).toEqual([1]));
    // Translated for the user (the app's locale is es-MX here), not the English log message.
    expect(state.errorBoxes[0]).toMatch(/^No se pudo abrir la biblioteca en .+\. No se puede escribir en la carpeta de datos/);
    expect(state.errorBoxes[0]).not.toContain('Data folder is not writable');
    expect(state.windows).toHaveLength(0);
  });
});
