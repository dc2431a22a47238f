#!/usr/bin/env node
// The command-line checker: `npm run audit -- [options] INPUT…` (see --help).

import { enableCompileCache } from 'node:module';

// Node keeps the compiled code of our modules on disk (its compile cache, in the system's temp
// folder) once this is on: it must be on before they load, hence the dynamic import below.
enableCompileCache?.();
const { main } = await import('../lib/cli/main');

process.exitCode = await main(process.argv.slice(2));
