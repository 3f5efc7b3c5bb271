/**
 * La parrilla (issue #16): a campaign fill's spots move from a row each into one JSON array on
 * their break (electron/core/schedule/auto-spots.ts says why). Every auto spot keeps its id, place
 * and references, so as-run marks and the rundown read as before; the break's row carries them.
 * With spots gone from the rows, most rows have no parent, no segment, no moved date: the indexes
 * on those columns keep only the rows that have one (a query or a cascade on `x = ?` still uses them).
 */
export const scheduleAutoSpotsMigration = `
  ALTER TABLE schedule_items ADD COLUMN auto_spots TEXT;
  UPDATE schedule_items AS b SET auto_spots = (
    -- The stored shape of electron/core/schedule/auto-spots.ts: [id, position, title, segment, version, campaign].
    SELECT json_group_array(json_array(s.id, s.position, s.title, s.segment_id, s.version_id, s.campaign_id))
    FROM (SELECT * FROM schedule_items WHERE parent_id = b.id AND auto = 1
            AND segment_id IS NOT NULL AND version_id IS NOT NULL AND campaign_id IS NOT NULL
          ORDER BY position, id) AS s
  )
  WHERE b.kind = 'spot_break' AND EXISTS (
    SELECT 1 FROM schedule_items c WHERE c.parent_id = b.id AND c.auto = 1
      AND c.segment_id IS NOT NULL AND c.version_id IS NOT NULL AND c.campaign_id IS NOT NULL);
  -- An auto spot whose segment or version was deleted had lost it (SET NULL); the next fill would
  -- have replaced it, so it is not carried over.
  DELETE FROM schedule_items WHERE auto = 1;

  DROP INDEX IF EXISTS schedule_items_parent;
  CREATE INDEX schedule_items_parent ON schedule_items(parent_id) WHERE parent_id IS NOT NULL;
  DROP INDEX IF EXISTS schedule_items_segment;
  CREATE INDEX schedule_items_segment ON schedule_items(segment_id) WHERE segment_id IS NOT NULL;
  DROP INDEX IF EXISTS schedule_instances_date;
  CREATE INDEX schedule_instances_date ON schedule_instances(date) WHERE date IS NOT NULL;
`;
