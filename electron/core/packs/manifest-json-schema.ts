import { z } from 'zod';
import { packManifestSchema } from '../../../shared/domain/pack-manifest.ts';

/** The manifest's JSON Schema, generated from the zod schema the reader enforces (docs/pack-format.md embeds it). */
export function manifestJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(packManifestSchema, { io: 'input' }), null, 2);
}
