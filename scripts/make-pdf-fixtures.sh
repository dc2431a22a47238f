#!/usr/bin/env bash
# Regenerates the small PDF fixtures of tests/extract-pdf from the shared corpus:
#   truncated.pdf   the first 24 KB of a Chromium print (no xref, no trailer)
#   image-only.pdf  page 3 of a WPS report as a JPEG in a PDF (a scan: no text layer)
#   mixed.pdf       a text page, that scanned page, and a blank page
#   encrypted.pdf   image-only.pdf with a user password (qpdf, AES-256)
#   print-headers.pdf  print-headers.html printed by Chromium with its default header and footer
#                   (date, title, URL, page x/y) and a ruled table running onto page 2
#   notice.pdf      a gov.cn news page (not a report) printed by Chromium, for the viewer's hand-back
# Needs qpdf, poppler-utils (pdftoppm) and chromium: apt-get install -y qpdf poppler-utils
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
python3 - "$TMP/page.jpg" "$OUT" <<'PY'
# Small PDFs written with the standard library only: image-only.pdf (one JPEG page) and
# mixed.pdf (a text page in Helvetica, the JPEG page, a blank page).
import struct, sys

jpg = open(sys.argv[1], 'rb').read()
out_dir = sys.argv[2]

def jpeg_size(b):
    i = 2
    while i < len(b):
        marker, length = b[i + 1], struct.unpack('>H', b[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', b[i + 5:i + 9])
            return w, h
        i += 2 + length
    raise SystemExit('no SOF marker')

def stream(dict_body, data):
    return b'<< ' + dict_body + b' /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'

def write(path, pages):
    """pages: (content, resources) pairs; the image object, if used, is numbered last."""
    image_no = 3 + 2 * len(pages)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', None]
    kids = []
    for content, resources in pages:
        kids.append(b'%d 0 R' % (len(objs) + 1))
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << '
                    + resources.replace(b'IMAGE', b'%d 0 R' % image_no)
                    + b' >> /Contents %d 0 R >>' % (len(objs) + 2))
        objs.append(stream(b'', content))
    objs[1] = b'<< /Type /Pages /Kids [' + b' '.join(kids) + b'] /Count %d >>' % len(kids)
    w, h = jpeg_size(jpg)
    objs.append(stream(b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB'
                       b' /BitsPerComponent 8 /Filter /DCTDecode' % (w, h), jpg))
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    open(path, 'wb').write(out)

scan = (b'q 595 0 0 842 0 0 cm /Im0 Do Q', b'/XObject << /Im0 IMAGE >>')
text = (b'BT /F1 14 Tf 72 760 Td (Annual report, page one) Tj ET',
        b'/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>')
blank = (b'', b'')
write(out_dir + '/image-only.pdf', [scan])
write(out_dir + '/mixed.pdf', [text, scan, blank])
PY
qpdf --encrypt user owner 256 -- "$OUT/image-only.pdf" "$OUT/encrypted.pdf"
HOME="$TMP" chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$TMP/print.pdf" \
  "file://$OUT/print-headers.html" 2>/dev/null
qpdf --object-streams=generate --recompress-flate --compression-level=9 "$TMP/print.pdf" "$OUT/print-headers.pdf"

chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/notice.pdf" "file://$CORPUS/html/negative-news-panzhihua-2024.html" 2>/dev/null

ls -l "$OUT"
