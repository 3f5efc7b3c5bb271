import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptJsonSchemas } from '../../../../../electron/core/reports/receipts/receipt-json-schema.ts';

describe('docs/receipt-format.md', () => {
  it('embeds the JSON Schemas generated from the zod receipt schemas', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../docs/receipt-format.md'), 'utf8');
    const { file, body } = receiptJsonSchemas();
    expect(doc).toContain(file);
    expect(doc).toContain(body);
  });
});
