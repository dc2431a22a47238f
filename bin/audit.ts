#!/usr/bin/env node
// The command-line checker: `npm run audit -- [options] INPUT…` (see --help).

import nodeModule from 'node:module';

const argv = process.argv.slice(2);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  // pdf.js 6 and the HTML reader need it; `npm run audit` runs the project's own Node 22.
  const en = argv.includes('--lang=en') || argv.join(' ').includes('--lang en');
  process.stderr.write(
    en
      ? `Error: the checker needs Node.js 22.13 or later (this is ${process.version}). In the project folder, \`npm run audit -- …\` runs it on the project's own Node.\n`
      : `错误：检查器需要 Node.js 22.13 或更高版本（当前为 ${process.version}）。在项目目录中用 \`npm run audit -- …\` 运行，它使用项目自带的 Node。\n`,
  );
  process.exit(4);
}

// Node keeps the compiled code of our modules on disk (its compile cache, in the system's temp
// folder) once this is on: it must be on before they load, hence the dynamic imports below.
nodeModule.enableCompileCache();
// The thread that will audit the first document starts while the checker's modules load.
const thread = await import('../lib/cli/thread');
thread.startEarly(argv);
const { main } = await import('../lib/cli/main');

try {
  process.exitCode = await main(argv);
} finally {
  await thread.dropEarly();
}
