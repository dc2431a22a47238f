// Writing text to the clipboard from an extension page or a content script. On plain-http pages
// (many gov.cn sites) navigator.clipboard is missing, so fall back to a hidden textarea inside our
// own shadow root and execCommand('copy'), which works during the click that asked for it.

export async function writeClipboard(text: string, host?: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, insecure context): try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  (host ?? document.body).appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
