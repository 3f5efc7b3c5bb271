import { UserFacingError } from '../../../shared/api/errors.ts';
import type { packsMethods } from '../../../shared/api/methods/packs.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { stageReport } from '../packs/job-stage.ts';
import type { PacksOnlyMethods } from '../packs/packs-handlers.ts';
import type { TrustStore } from '../packs/trust-store.ts';
import { checkFeeds } from './feed-check.ts';
import type { FeedStore } from './feed-store.ts';
import type { ReceiptSink } from './feed-receipts.ts';

type FeedsMethods = Omit<typeof packsMethods, keyof PacksOnlyMethods>;

/** Feed subscriptions, checks and the inbox (issue #6); opening an inbox entry is packs.openInbox. */
export function createFeedsHandlers(s: CoreServices, stores: { trust: TrustStore; feeds: FeedStore; receipts: ReceiptSink }): DomainHandlers<FeedsMethods> {
  const { trust, feeds, receipts } = stores;
  const deps = { ...s, trust, receipts };
  return {
    'feeds.list': async () => feeds.list(),
    'feeds.subscribe': async ({ url }) => {
      // A folder feed reads the station PC's disk: not something a browser page may ask for.
      if (!/^https?:/i.test(url) && s.transport === 'web') throw new UserFacingError('forbidden', 'Folder feeds are not available in browser mode');
      return feeds.subscribe(url);
    },
    'feeds.unsubscribe': async ({ id }) => ({ removed: feeds.unsubscribe(id) }),
    'feeds.check': async ({ jobId }) => s.jobs.run(jobId, 'feed-check', (signal, report) => checkFeeds({ ...deps, feeds }, signal, (f) => stageReport(report)('download', f))),
    'feeds.inbox': async () => feeds.inbox(),
  };
}
