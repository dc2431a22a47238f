// Writes docs/audit.schema.json, the JSON Schema generated from the zod contract (lib/audit/schema.ts).
// Usage: npm run schema   (tests/audit/schema-file.test.ts fails when the file is stale)

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditJsonSchema } from '../lib/audit/schema';

writeFileSync(resolve(import.meta.dirname, '../docs/audit.schema.json'), JSON.stringify(auditJsonSchema(), null, 2) + '\n');
