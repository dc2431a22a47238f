// Writes lib/standard/trad-map.ts (see scripts/lib/trad-map.ts). Usage: npm run trad-map

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tradMapModule } from './lib/trad-map';

const lib = resolve(import.meta.dirname, '../lib');
writeFileSync(resolve(lib, 'standard/trad-map.ts'), tradMapModule(lib));
