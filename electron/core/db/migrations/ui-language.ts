/**
 * Issue #11 item 14: the UI language the renderer last reported, so names the core makes on its
 * own — even at start-up, before any window asks (recovered recordings) — are in that language.
 */
export const uiLanguageMigration = `
  CREATE TABLE app_preferences (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ui_language TEXT NOT NULL CHECK (ui_language IN ('es-MX', 'en'))
  ) STRICT;
`;
