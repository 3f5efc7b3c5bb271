import { audioMigration, editedDurationMigration } from './migrations/audio.ts';
import { scheduleMigration } from './migrations/schedule.ts';
import { recordingMigration } from './migrations/recording.ts';
import { packsMigration } from './migrations/packs.ts';
import { libraryPcmMigration } from './migrations/library-pcm.ts';
import { stationMigration } from './migrations/station.ts';
import { reportsMigration } from './migrations/reports.ts';
import { backupMigration } from './migrations/backup.ts';
import { packIdentityMigration } from './migrations/pack-identity.ts';
import { uiLanguageMigration } from './migrations/ui-language.ts';
import { coverageMigration } from './migrations/coverage.ts';
import { reportAiringsLeanMigration } from './migrations/report-airings-lean.ts';
import { coverageBatchMigration } from './migrations/coverage-batch.ts';
import { coverageLanguageWeeksMigration } from './migrations/coverage-language-weeks.ts';
import { helpPromptsMigration } from './migrations/help-prompts.ts';
import { productionMigration } from './migrations/production.ts';
import { receiptTestimoniesMigration, voicesMigration } from './migrations/voices.ts';
import { scheduleItemParentMigration } from './migrations/schedule-item-parent.ts';
import { taskRecordingsMigration } from './migrations/task-recordings.ts';
import { recordingCallInMigration } from './migrations/recording-call-in.ts';
import { scheduleAutoSpotsMigration } from './migrations/schedule-auto-spots.ts';
/**
 * Versioned schema migrations. Each runs once, inside a transaction, and bumps `user_version`.
 * Never edit a shipped migration: add the next one (stations upgrade from any older version).
 */
export const migrations: readonly string[] = [
  /* 1: library (issue #2) */ `
  CREATE TABLE assets (
    id TEXT PRIMARY KEY,                 -- sha256 of the original bytes (content address)
    original_name TEXT NOT NULL,
    ext TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    duration_sec REAL NOT NULL,
    container TEXT NOT NULL,
    codec TEXT NOT NULL,
    sample_rate INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    bits_per_sample INTEGER,
    bit_rate INTEGER,
    preview_ext TEXT,                    -- set when a browser-playable preview was rendered (e.g. AMR)
    imported_at TEXT NOT NULL
  ) STRICT;

  -- seq: the recency key and FTS rowid. Every change moves a segment to max(seq)+1, so "most recently
  -- changed first" is a backward walk of rowids, which FTS5 doclists give for free (no join, no sort
  -- over 10⁵ rows). id (uuid) is what the API and foreign keys use; nothing else may keep a seq.
  CREATE TABLE segments (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','ready','approved','archived')),
    valid_from TEXT,
    valid_until TEXT,
    license TEXT NOT NULL DEFAULT '',
    producer TEXT NOT NULL DEFAULT '',
    consent_notes TEXT NOT NULL DEFAULT '',
    origin_kind TEXT NOT NULL DEFAULT 'local' CHECK (origin_kind IN ('local','pack')),
    origin_pack_id TEXT,
    origin_pack_version TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX segments_valid_until ON segments(valid_until);
  CREATE INDEX segments_status ON segments(status);

  CREATE TABLE segment_topics (
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    PRIMARY KEY (segment_id, topic_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX segment_topics_topic ON segment_topics(topic_id, segment_id);

  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    language_code TEXT,
    script TEXT NOT NULL DEFAULT '',
    asset_id TEXT NOT NULL REFERENCES assets(id),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX versions_segment ON versions(segment_id, position);
  CREATE INDEX versions_language ON versions(language_code, segment_id);
  CREATE INDEX versions_asset ON versions(asset_id);

  CREATE TABLE version_regions (
    version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    state_code TEXT NOT NULL,
    municipality_code TEXT,
    place TEXT,
    role TEXT NOT NULL CHECK (role IN ('origin','destination','any')),
    PRIMARY KEY (version_id, position)
  ) STRICT;
  CREATE INDEX version_regions_state ON version_regions(state_code, version_id);

  -- One folded document per segment (electron/core/library/search-document.ts), rowid = segments.seq.
  -- body: words of title, description, scripts and tag names, folded in JS (shared/text/fold.ts) so
  -- index and query agree; the apostrophe is a token character so "n'aa" stays one word.
  -- facets: one token per language / state / topic / status ("_lang_xty") and for valid_until at day,
  -- month and year ("_until_2026-03-15 _until_2026-03 _until_2026"), so filters intersect inside
  -- FTS5's doclist merge and totals never join 10⁵ rows. '_' and '-' are token characters for them;
  -- body words never contain '_', so typed words and facets can never match each other.
  -- Contentless: the text lives in the tables above.
  -- Prefix indexes up to 10 characters: every typed word is a prefix query, and without an index of
  -- its exact length FTS5 merges the doclists of every matching term (10 ms for "trab" over 10⁵
  -- segments); with one it reads a single doclist and stops after a page. Costs ~2× index size.
  CREATE VIRTUAL TABLE segments_fts USING fts5(
    body,
    facets,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '''_-'",
    prefix = '1 2 3 4 5 6 7 8 9 10'
  );
  -- Facets must not move the ranking: only body matches count in bm25.
  INSERT INTO segments_fts(segments_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
  `,
  /* schedule (issue #5) */ scheduleMigration,
  /* packs (issue #6) */ packsMigration,
  /* recording (issue #4) */ recordingMigration,
  /* audio engine (issue #3) */ audioMigration,
  /* edited durations (issue #11) */ editedDurationMigration,
  /* decoded-audio hash for duplicates (issue #11) */ libraryPcmMigration,
  /* station setup (issue #11) */ stationMigration,
  /* informes: as-run logs, receipts, coverage (issue #13) */ reportsMigration,
  /* backups (issue #12) */ backupMigration,
  /* pack segment identity = (publisher, id) (issue #12) */ packIdentityMigration,
  /* UI language for core-made names (issue #11) */ uiLanguageMigration,
  /* informes: coverage rollups (issue #13) */ coverageMigration,
  /* informes: batch coverage refresh, station-less rollups (issue #13) */ coverageBatchMigration,
  /* report_airings without indexes no query uses (issue #13) */ reportAiringsLeanMigration,
  /* informes: (week, language) rollup, item-ordered weeks (issue #13) */ coverageLanguageWeeksMigration,
  /* spoken help prompts (issue #15) */ helpPromptsMigration,
  /* producción: master scripts and language tasks (issue #14) */ productionMigration,
  /* voces: listener testimonies, consent, redaction (issue #14) */ voicesMigration,
  /* voces: anonymised testimony counts from receipts, IREX side (issue #14) */ receiptTestimoniesMigration,
  /* parrilla: schedule_items by parent, for the cascade of a fill's deletes (issue #16) */ scheduleItemParentMigration,
  /* producción: oral translations and back-translations as recordings (issue #14) */ taskRecordingsMigration,
  /* voces: takes recorded as listeners' calls, kept out of the library (issue #14) */ recordingCallInMigration,
  /* parrilla: a fill's spots as one array on their break, leaner indexes (issue #16) */ scheduleAutoSpotsMigration,
];
