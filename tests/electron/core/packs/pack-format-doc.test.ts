import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../../../../electron/core/packs/manifest-json-schema.ts';

describe('docs/pack-format.md', () => {
  it('embeds the JSON Schema generated from the zod manifest schema', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/pack-format.md'), 'utf8');
    expect(doc).toContain(manifestJsonSchema());
  });
});
