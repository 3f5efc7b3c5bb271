import { dispatch } from '../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Take } from '../../../shared/domain/recording.ts';
import type { Core } from '../core-types.ts';
import type { Translate } from '../i18n/translator.ts';
import type { CliValues } from './cli-args.ts';
import type { CliIo } from './cli-commands.ts';
import { formatDuration, formatTable } from './cli-format.ts';

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new UserFacingError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}

/** What `--json` prints per take (issue #4): id, file, durationSec, status, and where it went. */
function jsonTake(take: Take) {
  return { id: take.id, file: take.file, durationSec: take.durationSec, status: take.status, segmentId: take.segmentId, versionId: take.versionId, languageCode: take.languageCode };
}

function table(takes: readonly Take[], t: Translate): string {
  return formatTable([
    t('errors.recording.cli.columns').split('|'),
    ...takes.map((take) => [take.id.slice(0, 8), t(`errors.recording.cli.status.${take.status}`), formatDuration(take.durationSec), take.segmentTitle, take.file]),
  ]);
}

/**
 * `cabina recordings list [--json]` and `cabina recordings recover [--json]`. Creating the core has
 * already run start-up recovery, so `recover` reports what that run and this one recovered.
 */
export async function recordingsCommand(core: Core, [sub]: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  if (sub === 'list') {
    const takes = await call(core, 'recording.takes', { limit: 500 });
    if (v.json) io.out(JSON.stringify(takes.map(jsonTake), null, 2));
    else io.out(takes.length === 0 ? t('errors.recording.cli.none') : table(takes, t));
    return 0;
  }
  if (sub === 'recover') {
    const now = await call(core, 'recording.recover', {});
    // Start-up recovery ran inside createCore: those takes are the ones still awaiting review.
    const pending = (await call(core, 'recording.takes', { limit: 500 })).filter((take) => take.needsReview);
    const takes = [...new Map([...pending, ...now].map((take) => [take.id, take])).values()];
    if (v.json) io.out(JSON.stringify(takes.map(jsonTake), null, 2));
    else io.out(takes.length === 0 ? t('errors.recording.cli.nothing') : `${t('errors.recording.cli.recovered', { count: takes.length })}\n${table(takes, t)}`);
    return 0;
  }
  io.err(t('errors.recording.cli.usage'));
  return 2;
}
