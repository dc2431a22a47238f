import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditJsonSchema } from '../../lib/audit/schema';

describe('docs/audit.schema.json', () => {
  it('is the JSON Schema generated from the zod contract (run `npm run schema` after changing it)', () => {
    const file = JSON.parse(readFileSync(resolve(__dirname, '../../docs/audit.schema.json'), 'utf8'));
    expect(file).toEqual(auditJsonSchema());
  });
});
