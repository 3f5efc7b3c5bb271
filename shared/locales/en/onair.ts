import type { LocaleTree } from '../locale-types.ts';
import type { esOnair } from '../es/onair.ts';

export const enOnair = {
  onair: {
    title: 'On air',
    loading: "Loading today's rundown…",
    loadError: "Today's rundown could not be loaded.",
    empty: 'Nothing is scheduled today.',
    emptyRundown: 'This program has no rundown.',
    nowNext: 'Now and next',
    now: 'Now',
    next: 'Next',
    nothingNow: 'Nothing on air right now.',
    nothingNext: 'Nothing more today.',
    countdown: 'Starts in {{time}}',
    remaining: '{{time}} left',
    play: 'Play',
    stop: 'Stop',
    playNamed: 'Play “{{title}}”',
    stopNamed: 'Pause “{{title}}”',
    noAudio: '“{{title}}” has no audio',
    autoAdvance: 'Auto-advance',
    markAired: 'Aired',
    markSkipped: 'Skipped',
    markAiredNamed: 'Aired: {{title}}',
    markSkippedNamed: 'Skipped: {{title}}',
    status: { aired: 'Aired ✓', skipped: 'Skipped', played: 'Played' },
    reminder: 'In {{minutes}} min: {{title}}',
  },
} satisfies LocaleTree<typeof esOnair>;
