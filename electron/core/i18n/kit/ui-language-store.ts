import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { communityLanguageSchema, type CommunityLanguage } from '../../../../shared/api/methods/ui-strings.ts';
import { writeAtomically } from '../../files/atomic-copy.ts';

/**
 * Community UI languages (issue #15 §3) live in the data folder, `ui-languages/<tag>.json`, so a
 * translation arrives without a rebuild and survives an update of Cabina. Written atomically: a
 * power cut mid-import leaves the previous translation, never half a file.
 */
export interface StoredLanguage extends CommunityLanguage {
  /** Flat i18next keys to text. */
  strings: Record<string, string>;
}

export class UiLanguageStore {
  readonly #dir: string;

  constructor(dataDir: string) {
    this.#dir = path.join(dataDir, 'ui-languages');
  }

  #file(code: string): string {
    // Tags are checked by the schema ([a-z0-9-]); the basename check keeps a path out even so.
    const file = path.join(this.#dir, `${code}.json`);
    if (path.dirname(file) !== this.#dir) throw new Error(`bad language tag ${code}`);
    return file;
  }

  async save(language: StoredLanguage): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    await writeAtomically(this.#file(language.code), Buffer.from(JSON.stringify(language), 'utf8'));
  }

  async get(code: string): Promise<StoredLanguage | null> {
    const text = await readFile(this.#file(code), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = JSON.parse(text) as StoredLanguage;
      const meta = communityLanguageSchema.safeParse(parsed);
      // A file edited by hand into nonsense is skipped, not fatal: the UI stays in Spanish.
      if (!meta.success || typeof parsed.strings !== 'object' || parsed.strings === null) return null;
      const strings = Object.fromEntries(Object.entries(parsed.strings).filter((e): e is [string, string] => typeof e[1] === 'string'));
      return { ...meta.data, strings };
    } catch {
      return null;
    }
  }

  async list(): Promise<CommunityLanguage[]> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    const found = await Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => this.get(n.slice(0, -5)).catch(() => null)));
    return found.filter((l): l is StoredLanguage => l !== null).map(({ strings: _strings, ...meta }) => meta).sort((a, b) => a.name.localeCompare(b.name));
  }

  async delete(code: string): Promise<boolean> {
    const file = this.#file(code);
    const had = await readFile(file).then(() => true, () => false);
    await rm(file, { force: true });
    return had;
  }
}

/** A flat `a.b.c → text` map as the nested tree i18next loads. */
export function unflatten(flat: Record<string, string>): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = (typeof next === 'object' && next !== null ? next : (node[part] = {})) as Record<string, unknown>;
    }
    node[parts[parts.length - 1] ?? key] = text;
  }
  return tree;
}
