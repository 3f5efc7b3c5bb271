import { randomUUID } from 'node:crypto';
import cron from 'node-cron';
import type { CoreServices } from '../core-types.ts';
import { FeedStore } from './feed-store.ts';
import { checkFeeds } from './feed-check.ts';

/**
 * Checks subscribed feeds every 30 minutes while the app runs (issue #6). Offline is the normal
 * case at many stations: a failed fetch is recorded on the feed and retried next time, never raised.
 * Not started for the CLI, whose process must exit when its command is done.
 */
export function startFeedCron(s: Pick<CoreServices, 'clock' | 'db' | 'jobs' | 'logger' | 'transport'> & Omit<Parameters<typeof checkFeeds>[0], 'feeds'>): { stop(): void } {
  if (s.transport === 'cli') return { stop() {} };
  const feeds = new FeedStore(s.db, s.clock);
  const task = cron.schedule(
    '*/30 * * * *',
    async () => {
      if (feeds.list().length === 0) return;
      await s.jobs.run(randomUUID(), 'feed-check', (signal) => checkFeeds({ ...s, feeds }, signal, () => {})).catch((error: unknown) => s.logger.warn('feed cron failed', { error: String(error) }));
    },
    { name: 'cabina-feed-check', noOverlap: true },
  );
  return {
    stop() {
      void task.stop();
    },
  };
}
