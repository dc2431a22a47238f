#!/usr/bin/env bash
# Regenerates the small PDF fixtures of tests/extract-pdf from the shared corpus:
#   truncated.pdf   the first 24 KB of a Chromium print (no xref, no trailer)
#   image-only.pdf  page 3 of a WPS report as a JPEG in a PDF (a scan: no text layer)
#   encrypted.pdf   image-only.pdf with a user password (qpdf, AES-256)
# Needs qpdf and poppler-utils (pdftoppm): apt-get install -y qpdf poppler-utils
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
OUT="$ROOT/tests/fixtures/pdf"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

head -c 24576 "$CORPUS/pdf/seed-003-jingle-2023.b.pdf" > "$OUT/truncated.pdf"

pdftoppm -jpeg -jpegopt quality=40 -r 40 -f 3 -l 3 -singlefile \
  "$CORPUS/real/huaian-hongzequ-2024-govpdf.pdf" "$TMP/page"
python3 - "$TMP/page.jpg" "$OUT/image-only.pdf" <<'PY'
# A one-page PDF showing one JPEG at A4 size, written with the standard library only.
import struct, sys
jpg = open(sys.argv[1], 'rb').read()
def jpeg_size(b):
    i = 2
    while i < len(b):
        marker, length = b[i + 1], struct.unpack('>H', b[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', b[i + 5:i + 9])
            return w, h
        i += 2 + length
    raise SystemExit('no SOF marker')
w, h = jpeg_size(jpg)
content = b'q 595 0 0 842 0 0 cm /Im0 Do Q'
objs = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, len(jpg)) + jpg + b'\nendstream',
    b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
]
out = bytearray(b'%PDF-1.4\n')
offsets = []
for n, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
open(sys.argv[2], 'wb').write(out)
PY
qpdf --encrypt user owner 256 -- "$OUT/image-only.pdf" "$OUT/encrypted.pdf"
ls -l "$OUT"
