import type { JobStage } from '../../../shared/api/events.ts';
import type { JobReport } from '../jobs/job-runner.ts';

/**
 * job-runner's JobReport names only the library's stages, while the job.progress event schema
 * (shared/api/events.ts) already lists the pack stages (verify, encode, sign, download, write).
 * The runner passes the stage through untouched, so widening the type here is sound.
 */
export function stageReport(report: JobReport): (stage: JobStage, fraction: number) => void {
  return report as unknown as (stage: JobStage, fraction: number) => void;
}
