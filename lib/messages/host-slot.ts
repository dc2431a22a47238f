// The per-host request slots of the listing feature: a listing frame (in any tab) asks the
// background for one of a host's slots over a port, holds it while it fetches, and gives it back
// by disconnecting. The background is the one place every tab shares, so the limit holds across
// tabs; a frame that goes away releases its slot with its port.

import { z } from 'zod';

z.config({ jitless: true });

/** Requests per host at a time, whatever the number of listing tabs. */
export const PER_HOST = 2;
/** The port's name: one port per request. */
export const HOST_SLOT_PORT = 'nianbao-host-slot';

/** Frame → background: the host to fetch from. */
export const SlotRequestSchema = z.object({ type: z.literal('acquire'), host: z.string().min(1).max(253).regex(/^[a-z0-9.-]+(?::\d{1,5})?$/i) });
/** Background → frame: the slot is the frame's until it disconnects. */
export const SlotGrantSchema = z.object({ type: z.literal('granted') });
