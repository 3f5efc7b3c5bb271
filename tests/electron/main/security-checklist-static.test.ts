import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspFromHtml } from '../../../electron/core/web/static-files.ts';

/**
 * The Electron security checklist items that live in files rather than in running code (issue #12):
 * the renderer's CSP and the packaged binary's fuses. The runtime items are in
 * security-checklist.test.ts.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** The `electronFuses:` block of electron-builder.yml as key → boolean (flat, no YAML parser needed). */
function fuses(yml: string): Record<string, boolean> {
  const block = /^electronFuses:\n((?:[ \t]+\S.*\n)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));
}

describe('Electron security checklist (files)', () => {
  it("7. renderer/index.html's CSP: nothing by default, scripts only from our origin, no plugins, no <base>, no inline script", () => {
    const policy = cspFromHtml(read('renderer/index.html'));
    expect(policy).not.toBeNull();
    const d = directives(policy ?? '');
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    const loose = [...d.values()].flat().filter((v) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'].includes(v));
    expect(loose).toEqual([]);
    // Honoured only as a header (static-files.ts adds it; security-checklist.test.ts reads the header).
    expect(d.has('frame-ancestors')).toBe(false);
  });

  it('fuses: RunAsNode, NODE_OPTIONS and --inspect off; asar integrity and only-load-from-asar on; file:// gets no extra privileges', () => {
    expect(fuses(read('electron-builder.yml'))).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('fuses: every key is one electron-builder applies (a misspelt key would be ignored without a word)', () => {
    const require = createRequire(import.meta.url);
    const builder = readFileSync(path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'out', 'platformPackager.js'), 'utf8');
    const keys = Object.keys(fuses(read('electron-builder.yml')));
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const key of keys) expect(builder, key).toContain(`fuses.${key} != null`);
  });
});
