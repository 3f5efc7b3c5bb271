/** Cabina's version as the core reports it (app.info, bext coding history, cart). Kept equal to package.json's by a test. */
export const APP_VERSION = '0.1.0';
