/**
 * La parrilla (issue #16): schedule_items.parent_id cascades from schedule_items(id), so deleting
 * any item makes SQLite look for its children by parent_id. No index led with parent_id, so every
 * delete scanned the table: a fill run again over a year (11,000 auto spots replaced among 15,000
 * items) spent ~20 s in those scans. Spots are most of the rows and all have a parent, so the
 * index is not partial.
 */
export const scheduleItemParentMigration = `
  CREATE INDEX IF NOT EXISTS schedule_items_parent ON schedule_items(parent_id);
`;
