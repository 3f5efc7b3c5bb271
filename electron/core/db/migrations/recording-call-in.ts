/**
 * Issue #14 §2 Voces: a take recorded as a listener's call (`call_in = 1`). It never becomes a
 * library version: it waits, closed, in recordings/ until `voices.fromTake` or `voices.audio.attach`
 * makes its audio a testimony's and removes the row, or the producer discards it. Recovery repairs
 * such a take after a crash but leaves it out of the library (recording/recovery.ts).
 */
export const recordingCallInMigration = `
  ALTER TABLE recording_sessions ADD COLUMN call_in INTEGER NOT NULL DEFAULT 0 CHECK (call_in IN (0, 1));
`;
