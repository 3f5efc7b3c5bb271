/**
 * Issue #15 "¿Qué es esto?": spoken help prompts. A prompt is audio in the library's content store
 * (an `assets` row, like a version's) for one help target in one language; one per (target,
 * language), so recording it again replaces it. Kept out of `segments`, so a prompt never shows in
 * the Library list, search, the schedule or coverage, yet travels in packs (manifest `prompts`).
 * `prompt_language`: the language the station wants its speaker buttons to speak.
 */
export const helpPromptsMigration = `
  CREATE TABLE help_prompts (
    id TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    language_code TEXT NOT NULL,
    asset_id TEXT NOT NULL REFERENCES assets(id),
    origin_kind TEXT NOT NULL DEFAULT 'local' CHECK (origin_kind IN ('local','pack')),
    origin_pack_id TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (target, language_code)
  ) STRICT;
  CREATE INDEX help_prompts_asset ON help_prompts(asset_id);

  CREATE TABLE help_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    prompt_language TEXT
  ) STRICT;
`;
