// DOCX → HTML with mammoth (Word's own table structure, merged cells as row/col spans), for the
// HTML extractor. Images are dropped: the audit never reads them. No browser globals: mammoth
// reads an ArrayBuffer in the browser build and a buffer in Node.

import mammoth from 'mammoth';

export async function docxToHtml(data: Uint8Array): Promise<string> {
  const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const input = { arrayBuffer, buffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const { value } = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    externalFileAccess: false,
  });
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${value}</body></html>`;
}

/** The first bytes of a ZIP container (DOCX); a legacy .doc is an OLE file instead. */
export function looksLikeDocx(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}
