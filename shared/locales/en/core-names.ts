import type { LocaleTree } from '../locale-types.ts';
import type { esCoreNames } from '../es/core-names.ts';

export const enCoreNames = {
  recoveredRecording: 'Recovered recording {{when}}',
  take: 'Recording',
  station: 'Community radio',
} satisfies LocaleTree<typeof esCoreNames>;
