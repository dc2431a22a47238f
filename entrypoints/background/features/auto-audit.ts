// Auditing gov.cn reports as they load: the detector reports a likely report, the full audit is
// injected only then.

import type { Options } from '@/lib/messages';
import { injectAudit } from './inject';

/** The feature's switch (options page). */
export const enabled = (options: Options) => options.autoRun;

export async function onDetected(tabId: number, options: Options): Promise<void> {
  if (enabled(options)) await injectAudit(tabId, 'auto');
}
