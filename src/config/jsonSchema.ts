// datagate.schema.json: the config's zod schema as JSON Schema, so editors complete and check it.

import { z } from 'zod';
import { configSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/datagate/datagate/datagate.schema.json',
    title: 'datagate config (datagate.yml)',
  };
}
