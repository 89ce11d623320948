import { describe, it, expect } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../../src/config/jsonSchema.js';

// `npm run schema` regenerates the committed file; this test keeps it from going stale.
describe('datagate.schema.json', () => {
  const generated = JSON.stringify(configJsonSchema(), null, 2) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync('datagate.schema.json', generated);

  it('is the JSON Schema of the zod config schema, committed and up to date', () => {
    expect(readFileSync('datagate.schema.json', 'utf8')).toBe(generated);
  });

  it('describes datasets, models and the drift methods an editor should offer', () => {
    const text = generated;
    expect(text).toContain('"datasets"');
    expect(text).toContain('"models"');
    expect(text).toContain('"jensenshannon"');
  });
});
