/**
 * Issue #14 §1 Producción: a segment's master script, one row per revision (never rewritten: the
 * history is what a translator compares against), and one language task per (segment, language).
 * `based_on_revision` is the revision a translation was made from; `outdated` says a newer revision
 * exists and the task has got past "needs translation". It is stored, not computed per read, so the
 * board can filter on it from an index (computing it scanned every task: 10 ms at 24,000); every
 * write that changes a revision or a status sets it in the same transaction (production-store.ts).
 * Both go with their segment (ON DELETE CASCADE).
 */
export const productionMigration = `
  CREATE TABLE script_revisions (
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL CHECK (revision > 0),
    language_code TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (segment_id, revision)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE language_tasks (
    id TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    language_code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'needs_translation'
      CHECK (status IN ('needs_translation','translated','recorded','reviewed','approved')),
    mode TEXT NOT NULL DEFAULT 'written' CHECK (mode IN ('written','oral')),
    assignee TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    translation TEXT NOT NULL DEFAULT '',
    back_translation TEXT NOT NULL DEFAULT '',
    based_on_revision INTEGER,
    outdated INTEGER NOT NULL DEFAULT 0 CHECK (outdated IN (0, 1)),
    review_comment TEXT NOT NULL DEFAULT '',
    -- The version the task's take became (recorded in Grabar from the task); kept if the version goes.
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (segment_id, language_code)
  ) STRICT;
  CREATE INDEX language_tasks_language_status ON language_tasks(language_code, status);
  -- Covers the board's page read (2,400 cells for 200 segments × 12 languages) without the table.
  CREATE INDEX language_tasks_board ON language_tasks(segment_id, language_code, status, outdated, assignee, due_date, id);
  CREATE INDEX language_tasks_outdated ON language_tasks(segment_id) WHERE outdated = 1;
`;
