import type { LocaleTree } from '../locale-types.ts';
import type { esCli } from '../es/cli.ts';

export const enCli = {
  electronMissing: 'Electron is not available on this machine. Use browser mode: npm run web',
  webReady: 'Cabina is ready. Open this address in your browser: {{url}}',
  dataDir: 'Data folder: {{dir}}',
  imported: 'Imported: {{title}}',
  duplicate: 'Already in the library: {{title}}',
  found_one: '{{count}} segment found',
  found_many: '{{count}} segments found',
  found_other: '{{count}} segments found',
  unknownCommand: 'Unknown command: {{command}}. Type “cabina --help” for help.',
} satisfies LocaleTree<typeof esCli>;
