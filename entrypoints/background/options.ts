import { browser } from 'wxt/browser';
import { OPTIONS_KEY, parseOptions, type Options } from '@/lib/messages';

export async function readOptions(): Promise<Options> {
  const stored = await browser.storage.local.get(OPTIONS_KEY);
  return parseOptions(stored[OPTIONS_KEY]);
}
