// An HTML page of a gov.cn site (a listing's next page, a column, a report's own page), fetched
// without cookies or referrer within the host's request slots, parsed as a document (never shown).

import { uiText } from '@/lib/i18n/ui';
import { uiLang } from '@/components/i18n';
import { isGovCnUrl } from '@/lib/messages/gov-url';
import { charsetFromContentType, decodeBytes, sniffHtmlCharset } from '@/lib/source/decode';
import { FetchFailed, withHostSlot } from './audit';

export async function fetchHtml(url: string): Promise<{ doc: Document; url: string; html: boolean }> {
  if (!isGovCnUrl(url)) throw new FetchFailed('not a gov.cn address');
  return withHostSlot(new URL(url).host, async () => {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) throw new FetchFailed(uiText('listingFetchStatus', uiLang(), { status: response.status }));
    const type = response.headers.get('content-type') ?? '';
    const html = /html/i.test(type);
    const bytes = html ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
    const { text } = decodeBytes(bytes, charsetFromContentType(type) ?? sniffHtmlCharset(bytes) ?? undefined);
    return { doc: new DOMParser().parseFromString(text, 'text/html'), url: response.url || url, html };
  });
}
