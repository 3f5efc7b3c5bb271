import path from 'node:path';
import { toErrorData, UserFacingError } from '../../../../shared/api/errors.ts';
import type { receiptsMethods } from '../../../../shared/api/methods/receipts.ts';
import type { ImportSource } from '../../../../shared/api/methods/library.ts';
import type { CoreServices, DomainHandlers } from '../../core-types.ts';
import { readStation } from '../../schedule/station-store.ts';
import { receiptBody, receiptFileName, signReceipt, writeReceipt } from './receipt-build.ts';
import { importVerifiedReceipt } from './receipt-import.ts';
import { verifyReceiptFile } from './receipt-verify.ts';
import { listStations, trustStation } from './station-trust.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock' | 'jobs' | 'uploads' | 'logger' | 'transport'>;

/** Station side builds receipts into `<data>/receipts/` (a produced folder: Save as, USB). */
export async function buildReceipt(s: Pick<Deps, 'db' | 'dataDir' | 'clock'>, range: { from: string; to: string }, out?: string) {
  const body = receiptBody(s.db, s.dataDir, range, s.clock());
  const fileName = out ? path.basename(out) : receiptFileName(readStation(s.db).name, range);
  const target = out ? path.resolve(out) : path.join(s.dataDir, 'receipts', fileName);
  const sizeBytes = await writeReceipt(signReceipt(s.dataDir, body), target);
  return { path: target, fileName, sizeBytes, airings: body.airings.length, receiptId: body.receiptId };
}

export function createReceiptsHandlers(s: Deps): DomainHandlers<typeof receiptsMethods> {
  const fileOf = (source: ImportSource) => (source.kind === 'path' ? path.resolve(source.path) : s.uploads.pathOf(source.uploadId));
  return {
    'receipts.build': async ({ from, to, out }) => {
      if (out && s.transport === 'web') throw new UserFacingError('forbidden', 'Output paths are not available in browser mode');
      return buildReceipt(s, { from, to }, out);
    },
    'receipts.import': async ({ jobId, files, trust }) =>
      s.jobs.run(jobId, 'receipt-import', async (signal, report) => {
        const results = [];
        for (const [index, f] of files.entries()) {
          if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
          try {
            const verified = await verifyReceiptFile(fileOf(f.source), s.clock());
            verified.name = path.basename(f.originalName);
            results.push({ ok: true as const, value: importVerifiedReceipt(s.db, verified, { trust: trust.includes(verified.body.station.fingerprint), now: s.clock() }) });
          } catch (error) {
            // One bad file is told by name; the others still import.
            const data = toErrorData(error);
            if (data.code === 'internal') s.logger.warn('receipt import failed', { name: f.originalName, error: data.message });
            results.push({ ok: false as const, name: path.basename(f.originalName), error: data });
          }
          report('write', (index + 1) / files.length);
        }
        return results;
      }),
    'receipts.stations': async () => listStations(s.db),
    'receipts.trustStation': async ({ source, originalName }) => {
      const verified = await verifyReceiptFile(fileOf(source), s.clock());
      verified.name = path.basename(originalName);
      return trustStation(s.db, verified.body, s.clock());
    },
  };
}
