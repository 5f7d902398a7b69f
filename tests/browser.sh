#!/usr/bin/env bash
# Renders examples/city's HTML report in headless Chromium and checks that the screenshot is
# not blank (enough distinct colours and dark pixels); copies it to docs/report-city.png.
# Run by .ci/run when Chromium is installed (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "browser test skipped: chromium not installed"; exit 0; }
cargo build --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target_dir=${CARGO_TARGET_DIR:-target}
LC_ALL=en_GB.UTF-8 "$target_dir/debug/goodrel" report examples/city \
  -o "$work/city.html" --as-of 2026-06-01 --lang en
# Chromium needs a writable home and no sandbox as root; a time limit keeps CI from hanging.
HOME="$work" timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --no-first-run --disable-extensions --window-size=1200,2000 \
  --screenshot="$work/shot.png" "file://$work/city.html" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log"; echo "chromium failed"; exit 1; }
test -s "$work/shot.png" || { cat "$work/chromium.log"; echo "no screenshot written"; exit 1; }
python3 - "$work/shot.png" <<'PY'
# A PNG decoder of the standard library's zlib, enough for Chromium's 8-bit RGB(A) output.
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
        assert depth == 8 and colour in (2, 6), f"unexpected PNG format {depth}/{colour}"
        bpp = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += chunk
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
colours, dark, i = set(), 0, 0
for _ in range(height):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 3):
        px = bytes(line[x:x + 3])
        colours.add(px)
        dark += sum(px) < 200
    prev = line
print(f"screenshot {width}x{height}: {len(colours)} distinct colours, {dark} dark pixels sampled")
assert len(colours) > 50, "the screenshot looks blank"
assert dark > 2000, "the screenshot has almost no text"
PY
cp "$work/shot.png" docs/report-city.png
echo "browser test passed: docs/report-city.png"
