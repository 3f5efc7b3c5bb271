import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { HelpPrompt } from '../../../shared/api/methods/help.ts';
import { helpTargetSchema, type HelpTarget } from '../../../shared/domain/help-targets.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { freeAssetIfUnnamed, type FreedAsset } from './asset-references.ts';
import { insertAsset } from './library-rows.ts';
import { checkLanguage } from './segment-validation.ts';
import type { StoredAsset } from './stored-asset.ts';

export type { FreedAsset };

/** Where a prompt came from: recorded or imported here, or brought by a pack. */
export type PromptOrigin = { kind: 'local' } | { kind: 'pack'; packId: string };

export interface PromptWrite {
  /** A HelpTarget, or (from a newer station's pack) an id this build does not know yet: kept, not offered. */
  target: HelpTarget | (string & {});
  languageCode: string;
  assetId: string;
  /** A new asset row to write first (an imported file, a pack's audio); null when the asset is in the library. */
  asset: StoredAsset | null;
  origin: PromptOrigin;
}

interface PromptRow {
  id: string;
  target: string;
  language_code: string;
  asset_id: string;
  duration_sec: number;
  origin_kind: 'local' | 'pack';
  origin_pack_id: string | null;
  created_at: string;
}

const SELECT = `SELECT p.id, p.target, p.language_code, p.asset_id, a.duration_sec, p.origin_kind, p.origin_pack_id, p.created_at
  FROM help_prompts p JOIN assets a ON a.id = p.asset_id`;

function toPrompt(row: PromptRow): HelpPrompt | null {
  // A target this build no longer knows (a newer pack, a renamed id) is kept in the table but not offered.
  const target = helpTargetSchema.safeParse(row.target);
  if (!target.success) return null;
  return {
    id: row.id, target: target.data, languageCode: row.language_code, assetId: row.asset_id, durationSec: row.duration_sec,
    origin: { kind: row.origin_kind, packId: row.origin_pack_id }, createdAt: row.created_at,
  };
}

/**
 * Spoken help prompts (issue #15). Lives in library/ because a prompt writes an `assets` row and the
 * library is the one writer of that table family (DESIGN.md §1); prompts themselves are their own
 * table so they never appear among segments.
 */
export class HelpPromptStore {
  readonly #db: Database;
  readonly #catalogs: CatalogIndex;
  readonly #clock: () => Date;

  constructor(db: Database, catalogs: CatalogIndex, clock: () => Date) {
    this.#db = db;
    this.#catalogs = catalogs;
    this.#clock = clock;
  }

  list(): HelpPrompt[] {
    const rows = this.#db.prepare(`${SELECT} ORDER BY p.target, p.language_code`).all() as PromptRow[];
    return rows.map(toPrompt).filter((p): p is HelpPrompt => p !== null);
  }

  get(id: string): HelpPrompt {
    const row = this.#db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PromptRow | undefined;
    const prompt = row ? toPrompt(row) : null;
    if (!prompt) throw new UserFacingError('not_found', `No help prompt ${id}`, { id });
    return prompt;
  }

  hasAsset(assetId: string): boolean {
    return this.#db.prepare('SELECT 1 FROM assets WHERE id = ?').pluck().get(assetId) !== undefined;
  }

  /** Saves the prompt for (target, language), replacing the one there: one voice per action and language. */
  save(input: PromptWrite): { prompt: HelpPrompt; freed: FreedAsset | null } {
    this.#checkLanguage(input.languageCode);
    const { id, freed } = writeTransaction(this.#db, () => {
      const replaced = this.#db.prepare('SELECT asset_id FROM help_prompts WHERE target = ? AND language_code = ?').pluck().get(input.target, input.languageCode) as string | undefined;
      const written = this.writeInTransaction(input);
      // The voice it replaced goes with it when nothing else uses those bytes (no orphan in the store).
      return { id: written, freed: replaced !== undefined && replaced !== input.assetId ? this.#freeIfUnnamed(replaced) : null };
    });
    if (id === null) throw new UserFacingError('internal', 'A pack prompt does not replace a local one');
    return { prompt: this.get(id), freed };
  }

  /**
   * The same write inside the caller's transaction (a pack import writes its prompts with its
   * segments, all or nothing). A pack never replaces a prompt recorded here: the station's own voice
   * wins over one sent from outside. Returns the prompt's id, or null when it kept the local one.
   */
  writeInTransaction(input: PromptWrite): string | null {
    const db = this.#db;
    if (input.asset) insertAsset(db, input.asset);
    if (!this.hasAsset(input.assetId)) throw new UserFacingError('not_found', `No asset ${input.assetId}`, { id: input.assetId });
    const existing = db.prepare('SELECT id, origin_kind FROM help_prompts WHERE target = ? AND language_code = ?').get(input.target, input.languageCode) as
      | { id: string; origin_kind: string }
      | undefined;
    if (existing && input.origin.kind === 'pack' && existing.origin_kind === 'local') return null;
    if (existing) db.prepare('DELETE FROM help_prompts WHERE id = ?').run(existing.id);
    const id = randomUUID();
    db.prepare('INSERT INTO help_prompts (id, target, language_code, asset_id, origin_kind, origin_pack_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id, input.target, input.languageCode, input.assetId, input.origin.kind, input.origin.kind === 'pack' ? input.origin.packId : null, this.#clock().toISOString());
    return id;
  }

  /**
   * Removes the prompt, and its audio row when nothing else names those bytes (a segment's version,
   * another prompt, a take): issue #15 asks that a deleted prompt leaves no orphan in the store.
   * Returns the freed asset so the caller removes its files after the commit: a row without its
   * file is a broken library, a file without its row is only swept later.
   */
  delete(id: string): { deleted: boolean; freed: FreedAsset | null } {
    return writeTransaction(this.#db, () => {
      const assetId = this.#db.prepare('SELECT asset_id FROM help_prompts WHERE id = ?').pluck().get(id) as string | undefined;
      if (assetId === undefined) return { deleted: false, freed: null };
      this.#db.prepare('DELETE FROM help_prompts WHERE id = ?').run(id);
      return { deleted: true, freed: this.#freeIfUnnamed(assetId) };
    });
  }

  #freeIfUnnamed(assetId: string): FreedAsset | null {
    return freeAssetIfUnnamed(this.#db, assetId);
  }

  promptLanguage(): string | null {
    const value = this.#db.prepare('SELECT prompt_language FROM help_settings WHERE id = 1').pluck().get() as string | null | undefined;
    return value ?? null;
  }

  setPromptLanguage(code: string | null): string | null {
    if (code !== null) this.#checkLanguage(code);
    writeTransaction(this.#db, () =>
      this.#db.prepare('INSERT INTO help_settings (id, prompt_language) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET prompt_language = excluded.prompt_language').run(code),
    );
    return this.promptLanguage();
  }

  #checkLanguage(code: string): void {
    checkLanguage(this.#catalogs, code);
  }
}
