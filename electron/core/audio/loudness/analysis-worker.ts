import { parentPort } from 'node:worker_threads';
import { UserFacingError } from '../../../../shared/api/user-facing-error.ts';
import type { FromAnalysisWorker, ToAnalysisWorker } from './parallel-analysis.ts';
import { meterWavStretch } from './segment-analysis.ts';

/*
 * Worker-thread entry (parallel-analysis.ts starts it): meters the stretches of a PCM WAV it is sent,
 * one at a time, until it is terminated. A UserFacingError (unreadable file) is posted back to be
 * shown; anything else crashes the worker, and its stretch is measured elsewhere.
 */

function serve(port: NonNullable<typeof parentPort>): void {
  const post = (message: FromAnalysisWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  port.on('message', (job: ToAnalysisWorker) => {
    const { id } = job;
    meterWavStretch(job.file, job.layout, job.plan, { onProgress: (fraction) => post({ type: 'progress', id, fraction }) }).then(
      (result) => post({ type: 'done', id, result }, [result.subBlocks.buffer as ArrayBuffer, result.pairs.buffer as ArrayBuffer]),
      (error: unknown) => {
        if (!(error instanceof UserFacingError)) throw error;
        post({ type: 'failed', id, error: error.toData() });
      },
    );
  });
}

if (parentPort) serve(parentPort);
