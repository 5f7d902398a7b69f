#!/usr/bin/env bash
# The reports in a real browser (headless Chromium, driven by tests/browser.py):
# - examples/city (English), examples/incomplete (Finnish) and the overview of every example
#   at 1,200 px and at 390 px: the document is no wider than the window, nothing sticks out
#   of it except inside a box that scrolls, no SVG text runs out of its drawing, and the
#   landmarks are there;
# - the city's screenshot at 1,200 px is not blank, and becomes docs/report-city.png;
# - the overview printed to PDF is A4 landscape and holds every column (with pdftotext).
# Screenshots and the PDF are kept in $BROWSER_SHOTS when it is set, for a person to look at.
# Run by .ci/run when Chromium is installed (Debian: apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "browser test skipped: chromium not installed"; exit 0; }
cargo build --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${BROWSER_SHOTS:-$work/shots}
mkdir -p "$shots"
target_dir=${CARGO_TARGET_DIR:-target}
goodrel() { LC_ALL=en_GB.UTF-8 "$target_dir/debug/goodrel" "$@"; }
goodrel report examples/city -o "$work/city.html" --as-of 2026-06-01 --lang en
goodrel report examples/incomplete -o "$work/incomplete.html" --as-of 2026-06-01 --lang fi
examples=(examples/city examples/incomplete examples/oulu-like examples/small-town)
goodrel report "${examples[@]}" --overview -o "$work/overview.html" --as-of 2026-06-01 --lang fi
goodrel report "${examples[@]}" --overview --format csv -o "$work/overview.csv" --as-of 2026-06-01

# Chromium needs a writable home and no sandbox as root; a time limit keeps CI from hanging.
for page in city incomplete overview; do
  for width in 1200 390; do
    found=$(HOME="$work" timeout 180 python3 tests/browser.py measure "$work/$page.html" "$width" \
      "$shots/$page-$width.png")
    python3 - "$page" "$width" "$found" <<'PY'
import json, sys
page, width, found = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
print(f"{page} at {width} px: document {found['document']} px wide, {found['height']} px tall")
assert found["window"] == width, found
assert found["document"] <= width, f"{page}: the document is wider than the window: {found}"
assert not found["sticking"], f"{page}: elements stick out of the window: {found['sticking']}"
assert not found["clipped"], f"{page}: SVG text runs out of its drawing: {found['clipped']}"
wanted = ["header", "main", "footer"] + ([] if page == "overview" else ["nav"])
missing = [tag for tag in wanted if tag not in found["landmarks"]]
assert not missing, f"{page}: no {missing} landmark"
PY
  done
done

# The first 2,000 px of the city's page at 1,200 px, as the docs show it.
HOME="$work" timeout 180 python3 tests/browser.py shot "$work/city.html" 1200 "$work/shot.png" 0 2000
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

# The overview on paper: A4 landscape, and every column there (the last two, approval and
# plan period, are the ones a page too narrow drops).
HOME="$work" timeout 180 python3 tests/browser.py pdf "$work/overview.html" "$shots/overview.pdf"
if command -v pdftotext >/dev/null; then
  pdftotext -layout "$shots/overview.pdf" "$work/overview.txt"
  python3 - "$shots/overview.pdf" "$work/overview.txt" "$work/overview.csv" <<'PY'
import csv, re, sys
pdf, text = open(sys.argv[1], "rb").read(), open(sys.argv[2], encoding="utf-8").read()
boxes = {tuple(round(float(v)) for v in m.groups())
         for m in re.finditer(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
assert boxes == {(842, 595)}, f"not A4 landscape: {boxes}"
rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8")))
def finnish(iso):
    # The page is Finnish, so its dates are written as people write them (12.12.2022); the
    # CSV keeps ISO.
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        y, m, d = iso.split("-")
        return f"{int(d)}.{int(m)}.{y}"
    return iso
for row in rows:
    for column in ("errors", "warnings", "approval", "plan_start", "plan_end"):
        value = finnish(row[column])
        assert value and value in text, f"{row['plan_dir']}: {column} {value!r} not printed"
for heading in ("Kunta", "Virheet", "Varoitukset", "Hyväksyminen", "Suunnitelmakausi"):
    assert heading in text, f"column {heading} not printed"
print(f"overview printed on A4 landscape with every column ({len(rows)} rows)")
PY
else
  [ -z "${CI:-}" ] || { echo "pdftotext is required in CI (.ci/run installs poppler-utils)"; exit 1; }
  echo "note: pdftotext not installed; the printed overview was not read back"
fi
echo "browser test passed: docs/report-city.png"
