// The offline provider: values from words, their boxes and the schema's names and descriptions alone
// (no model, no per-vendor templates). Scores are calibrated probabilities that the value is right.
import type { ExtractionProvider, ProviderInput, ProviderOutput } from '../types.ts';
import { extractObject } from './extract.ts';
import { linesOf } from './lines.ts';

export { proposeSchemaFromDescription, proposeSchemaFromDocument } from './propose.ts';

export function createOfflineProvider(): ExtractionProvider {
  return {
    name: 'offline',
    async extract(input: ProviderInput): Promise<ProviderOutput> {
      const lines = linesOf(input.pages);
      return { values: extractObject(lines, input.schema.fields, {}), usage: { promptTokens: 0, completionTokens: 0, model: null } };
    },
  };
}
