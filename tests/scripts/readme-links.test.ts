import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue #11 req. 13: "the README does not link outside the repository". A fresh clone is all a
 * newcomer has, so every address is a loopback one or a reserved example domain (RFC 2606), and
 * every file the README names by path exists in the repository.
 */

const root = path.resolve(import.meta.dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const PLACEHOLDER_HOSTS = new Set(['127.0.0.1', 'localhost', 'example.org', 'example.com']);
const REPO_FOLDERS = /^(?:docs|resources|scripts|tests|electron|shared|renderer)\//;

function outsideLinks(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s`)"'>:]+)[^\s`)"'>]*/gi)) {
    if (!PLACEHOLDER_HOSTS.has((m[1] ?? '').toLowerCase())) bad.push(m[0]);
  }
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || path.relative(root, path.resolve(root, target)).startsWith('..')) bad.push(target);
  }
  // Paths in code spans are how this README points at files: none may climb out of the repository.
  for (const m of text.matchAll(/`([^`\s]*\.\.\/[^`\s]*)`/g)) bad.push(m[1] ?? '');
  return bad;
}

describe('README.md', () => {
  it('links nothing outside the repository', () => {
    expect(outsideLinks(readme)).toEqual([]);
  });

  it('names only files and folders that exist in the repository', () => {
    const named = [...readme.matchAll(/`([^`\s]+)`/g)].map((m) => (m[1] ?? '').replace(/[.,:;]+$/, '')).filter((p) => REPO_FOLDERS.test(p) && !/[*<>…]/.test(p));
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(outsideLinks('See `../shared/DESIGN.md`, [the site](https://cabina.mx/) and <http://irex.org/x>.')).toEqual(['https://cabina.mx/', 'http://irex.org/x', 'https://cabina.mx/', '../shared/DESIGN.md']);
    expect(outsideLinks('Open http://127.0.0.1:5174/?token=… or --base-url https://example.org/paquetes/ and [format](docs/pack-format.md).')).toEqual([]);
  });
});
