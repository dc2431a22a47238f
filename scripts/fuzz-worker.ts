// A worker of scripts/fuzz.ts: audits each case's bytes as the checker audits standard input.
import { parentPort } from 'node:worker_threads';
import { auditInput } from '../lib/cli/audit-one';

parentPort!.on('message', async ({ bytes }: { bytes: Uint8Array }) => {
  parentPort!.postMessage(await auditInput('-', 'zh', bytes));
});
