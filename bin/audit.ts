#!/usr/bin/env node
// The command-line checker: `npm run audit -- [options] INPUT…` (see --help).

import { main } from '../lib/cli/main';

process.exitCode = await main(process.argv.slice(2));
