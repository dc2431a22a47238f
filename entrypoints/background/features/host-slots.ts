// At most PER_HOST requests to one host at a time from every listing frame together: each frame
// asks over a port (lib/messages/host-slot.ts); a slot is held until that port disconnects.

import { browser, type Browser } from 'wxt/browser';
import { HOST_SLOT_PORT, PER_HOST, SlotRequestSchema } from '@/lib/messages/host-slot';

type Port = Browser.runtime.Port;

const busy = new Map<string, number>();
const queues = new Map<string, Port[]>();
/** The host each granted port holds a slot of. */
const held = new Map<Port, string>();

function grant(host: string): void {
  const queue = queues.get(host) ?? [];
  while ((busy.get(host) ?? 0) < PER_HOST && queue.length > 0) {
    const port = queue.shift()!;
    busy.set(host, (busy.get(host) ?? 0) + 1);
    held.set(port, host);
    port.postMessage({ type: 'granted' });
  }
  if (queue.length === 0) queues.delete(host);
}

function release(port: Port): void {
  const host = held.get(port);
  if (host !== undefined) {
    held.delete(port);
    busy.set(host, (busy.get(host) ?? 1) - 1);
    grant(host);
    return;
  }
  for (const [h, queue] of queues) {
    const i = queue.indexOf(port);
    if (i >= 0) queue.splice(i, 1);
    if (queue.length === 0) queues.delete(h);
  }
}

/** Only the extension's own listing frame may take slots. */
const fromListingFrame = (port: Port) => (port.sender?.url ?? '').startsWith(browser.runtime.getURL('/listing.html'));

export function onConnect(port: Port): void {
  if (port.name !== HOST_SLOT_PORT) return;
  if (!fromListingFrame(port)) return void port.disconnect();
  port.onDisconnect.addListener(() => release(port));
  port.onMessage.addListener((raw: unknown) => {
    const parsed = SlotRequestSchema.safeParse(raw);
    if (!parsed.success || held.has(port)) return;
    const host = parsed.data.host.toLowerCase();
    queues.set(host, [...(queues.get(host) ?? []), port]);
    grant(host);
  });
}
