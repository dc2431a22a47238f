// A worker of scripts/fuzz.ts: audits each case's bytes as the checker audits standard input.
// Says "ready" once loaded, so that module loading is not counted against a case's time limit.
import { parentPort } from 'node:worker_threads';
import { auditInput } from '../lib/cli/audit-one';

parentPort!.on('message', async ({ bytes }: { bytes: Uint8Array }) => {
  parentPort!.postMessage(await auditInput('-', 'zh', bytes));
});
// Load the readers now (they are imported on first use otherwise).
await Promise.all([import('../lib/node/pdf'), import('../lib/node/html'), import('../lib/audit/index')]);
parentPort!.postMessage('ready');
