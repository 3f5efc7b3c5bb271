import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import type { StationKey } from '../../../../electron/core/packs/keys.ts';
import type { PackManifest } from '../../../../shared/domain/pack-manifest.ts';
import { manifestFor, packEntries } from './pack-fixtures.ts';
import { rawZip, type RawEntry } from './raw-zip.ts';

/** Issue #12: tiny signed packs from any publisher, for the identity and staging tests. */
export interface SegmentSpec {
  id: string;
  version: number;
  title?: string;
}

/** A manifest by `key` whose segments all share one audio file. */
export function manifestOf(key: StationKey, audio: Buffer, segments: readonly SegmentSpec[]): PackManifest {
  const base = manifestFor(key, audio);
  const template = base.segments[0];
  if (!template) throw new Error('fixture without a segment');
  return { ...base, segments: segments.map((s) => ({ ...template, id: s.id, version: s.version, title: s.title ?? template.title })) };
}

export function writePack(dir: string, entries: readonly RawEntry[]): string {
  const file = path.join(dir, `${randomUUID()}.cabina`);
  fs.writeFileSync(file, rawZip(entries));
  return file;
}

export function packOf(dir: string, key: StationKey, audio: Buffer, segments: readonly SegmentSpec[]): string {
  return writePack(dir, packEntries(key, manifestOf(key, audio, segments), audio));
}

export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as MethodOutput<M>;
}

export function codeOfCall(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code ?? 'other',
  );
}

export function openPath(core: Core, file: string) {
  return call(core, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file) });
}
