import { z } from 'zod';
import { receiptBodySchema, receiptFileSchema } from '../../../../shared/domain/receipt.ts';

/** The receipt's JSON Schemas (file and body), generated from the zod schemas the importer enforces (docs/receipt-format.md embeds them). */
export function receiptJsonSchemas(): { file: string; body: string } {
  return {
    file: JSON.stringify(z.toJSONSchema(receiptFileSchema, { io: 'input' }), null, 2),
    body: JSON.stringify(z.toJSONSchema(receiptBodySchema, { io: 'input' }), null, 2),
  };
}
