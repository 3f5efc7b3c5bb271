/**
 * Issue #14 §2 Voces: listener testimonies. The audio is an `assets` row (the library's store, so the
 * doctor, backups and the media handler see it) that goes only with its testimony: RESTRICT, the
 * testimony's delete frees it (voices/testimony-store.ts). Redaction spans are JSON: they are read
 * and written whole, never queried. `consent_uses` is the consent in force as bits (1 internal,
 * 2 anonymised, 4 broadcast), set in the same transaction as every consent record, so the
 * anonymised summary filters 10,000 testimonies from one column instead of re-reading the history.
 */
export const voicesMigration = `
  CREATE TABLE testimonies (
    id TEXT PRIMARY KEY,
    received_on TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('voice_note','call_in')),
    language_code TEXT,
    origin_state TEXT,
    origin_municipality TEXT,
    work_state TEXT,
    work_municipality TEXT,
    summary TEXT NOT NULL DEFAULT '',
    asset_id TEXT REFERENCES assets(id),
    redactions TEXT NOT NULL DEFAULT '[]',
    disguise TEXT NOT NULL DEFAULT 'none' CHECK (disguise IN ('none','lower','higher')),
    consent_uses INTEGER NOT NULL DEFAULT 0 CHECK (consent_uses BETWEEN 0 AND 7),
    segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX testimonies_received ON testimonies (received_on);
  CREATE INDEX testimonies_asset ON testimonies (asset_id) WHERE asset_id IS NOT NULL;
  CREATE INDEX testimonies_segment ON testimonies (segment_id) WHERE segment_id IS NOT NULL;

  CREATE TABLE testimony_categories (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (testimony_id, category)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE testimony_consents (
    id TEXT PRIMARY KEY,
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    given_by TEXT NOT NULL,
    uses TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('audio','checkbox')),
    at_sec REAL,
    given_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX testimony_consents_of ON testimony_consents (testimony_id);
`;

/**
 * IREX side of issue #14 §2: the anonymised testimony counts receipts bring, per station and month;
 * a month is replaced whole by a newer receipt of the same station (reports/testimonies/testimony-receipt.ts).
 */
export const receiptTestimoniesMigration = `
  CREATE TABLE receipt_testimony_months (
    station_fingerprint TEXT NOT NULL,
    month TEXT NOT NULL,
    counted INTEGER NOT NULL,
    receipt_created_at TEXT NOT NULL,
    PRIMARY KEY (station_fingerprint, month)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE receipt_testimony_counts (
    station_fingerprint TEXT NOT NULL,
    month TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('origin','work')),
    category TEXT NOT NULL,
    state_code TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (station_fingerprint, month, role, category, state_code)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX receipt_testimony_counts_month ON receipt_testimony_counts (month, role);
`;
