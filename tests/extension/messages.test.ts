// Runtime messages are validated at every receiving end: malformed ones are rejected.

import { describe, expect, it } from 'vitest';
import { BackgroundMessageSchema, FindLinksResponseSchema, LinkScanSchema, OverlayMessageSchema, parseOptions, DEFAULT_OPTIONS } from '../../lib/messages';

describe('runtime messages', () => {
  it('accepts the messages the extension sends', () => {
    for (const m of [
      { type: 'detected' },
      { type: 'get-state', tabId: 3 },
      { type: 'audit-tab', tabId: 3 },
      { type: 'find-links', tabId: 3 },
      { type: 'open-original', url: 'http://www.x.gov.cn/a.pdf' },
      { type: 'state', state: { status: 'running', url: 'http://www.x.gov.cn/' } },
    ]) {
      expect(BackgroundMessageSchema.safeParse(m).success, JSON.stringify(m)).toBe(true);
    }
    expect(OverlayMessageSchema.safeParse({ type: 'overlay', action: 'toggle' }).success).toBe(true);
  });

  it('rejects unknown types, wrong fields and audits that break the contract', () => {
    for (const m of [
      null,
      'detected',
      { type: 'eval', code: '1' },
      { type: 'get-state', tabId: '3' },
      { type: 'find-links' },
      { type: 'open-original', url: 'not a url' },
      { type: 'state', state: { status: 'finished', url: 'x' } },
      { type: 'state', state: { status: 'done', url: 'x', result: { findings: [] } } },
    ]) {
      expect(BackgroundMessageSchema.safeParse(m).success, JSON.stringify(m)).toBe(false);
    }
    expect(OverlayMessageSchema.safeParse({ type: 'overlay', action: 'explode' }).success).toBe(false);
  });

  it('takes a link scan only as counts', () => {
    expect(LinkScanSchema.safeParse({ links: 3, listing: true, files: 0 }).success).toBe(true);
    for (const scan of [undefined, null, { links: -1, listing: false, files: 0 }, { links: 1.5, listing: false, files: 0 }, { links: 1, files: 0 }]) {
      expect(LinkScanSchema.safeParse(scan).success, JSON.stringify(scan)).toBe(false);
    }
    expect(FindLinksResponseSchema.safeParse({ ok: true, found: { links: 0, listing: false, files: 2 } }).success).toBe(true);
    expect(FindLinksResponseSchema.safeParse({ ok: true, found: { links: '2' } }).success).toBe(false);
  });

  it('reads stored options leniently', () => {
    expect(parseOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions({ autoRun: false })).toEqual({ ...DEFAULT_OPTIONS, autoRun: false });
    expect(parseOptions({ autoRun: 'no' })).toEqual(DEFAULT_OPTIONS);
  });
});
