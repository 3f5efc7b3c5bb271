import { spawn } from 'node:child_process';

/** The platform's "open this URL" command, or null where there is none we know. */
export function openCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } | null {
  // Not `cmd /c start`: cmd would treat the token URL's & as a command separator.
  if (platform === 'win32') return { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') return { command: 'xdg-open', args: [url] };
  return null;
}

/**
 * Best effort: `npm run web` at a station PC opens the page by itself; when nothing can open it the
 * printed URL is still there, so every failure is ignored.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const open = openCommand(platform, url);
  if (!open) return;
  try {
    const child = spawn(open.command, open.args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener installed: the URL on stdout is enough.
  }
}
