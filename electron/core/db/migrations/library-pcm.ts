/**
 * Issue #11 item 10: a hash of each asset's decoded audio (electron/core/library/pcm-fingerprint.ts),
 * so a re-wrapped copy of a recording is found as a duplicate. Nullable: assets imported before this
 * migration, recorded takes and pack files have none and are matched by their bytes only.
 */
export const libraryPcmMigration = `
  ALTER TABLE assets ADD COLUMN pcm_sha256 TEXT;
  CREATE INDEX assets_pcm_sha256 ON assets(pcm_sha256) WHERE pcm_sha256 IS NOT NULL;
`;
