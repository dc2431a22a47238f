// zlib inflate for the direct PDF reader (lib/extract/pdf/raw/): Node's is faster than the
// Compression Streams API the browser build uses.

import { constants, inflateSync } from 'node:zlib';
import { tooBig } from '../extract/pdf/raw/inflate';

/** Like pdf.js, keep what a damaged stream still yields instead of failing; stop at maxBytes. */
export function inflate(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(maxBytes);
    throw e;
  }
}
