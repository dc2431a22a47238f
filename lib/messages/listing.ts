// The listing feature's messages between the chips on a listing page (listing.content) and the
// extension's listing frame that audits the linked reports (entrypoints/listing), validated with
// zod at each end. No browser globals here.

import { z } from 'zod';
import { isGovCnUrl } from './gov-url';

z.config({ jitless: true });

const GovUrl = z.string().url().refine(isGovCnUrl, 'not a gov.cn address');

export const ListedLinkSchema = z.object({
  url: GovUrl,
  /** The link's text (the report's title as the listing names it). */
  text: z.string().max(300),
  organ: z.string().max(100).nullable(),
  year: z.number().int().min(2000).max(2100),
});
export type ListedLink = z.infer<typeof ListedLinkSchema>;

/** What a chip shows. */
export const ChipStateSchema = z.enum(['queued', 'running', 'errors', 'warnings', 'clean', 'review', 'not-report', 'unreadable']);
export type ChipState = z.infer<typeof ChipStateSchema>;

/** Page (content script) → frame. */
export const ToFrameSchema = z.discriminatedUnion('type', [
  /** The listing's report links, the page's address and its 下一页 link. */
  z.object({
    type: z.literal('links'),
    page: GovUrl,
    links: z.array(ListedLinkSchema).max(500),
    next: GovUrl.nullable(),
    /** Audit them at once (the listingAutoRun option), else on 'start'. */
    start: z.boolean(),
  }),
  /** Audit the links now (when audits do not start by themselves). */
  z.object({ type: z.literal('start') }),
]);
export type ToFrame = z.infer<typeof ToFrameSchema>;

/** Frame → page. */
export const FromFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('chip'),
    url: GovUrl,
    state: ChipStateSchema,
    errors: z.number().int().min(0).optional(),
    warnings: z.number().int().min(0).optional(),
  }),
  /** The frame's content height, when it shows the summary. */
  z.object({ type: z.literal('height'), height: z.number().min(0).max(4000) }),
  /** The summary asks to be closed. */
  z.object({ type: z.literal('close') }),
]);
export type FromFrame = z.infer<typeof FromFrameSchema>;

/** The frame's messages are wrapped under this key, so that other messages on the window are told apart. */
export const LISTING_KEY = 'nianbaoListing';
