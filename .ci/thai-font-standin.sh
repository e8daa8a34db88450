#!/bin/sh
# Installs a metric-compatible stand-in for TH SarabunPSK, so that LibreOffice lays out pages
# the way Word does with the real font. TH SarabunPSK is not packaged by Debian; its design
# is the same as Laksaman (fonts-thai-tlwg), whose glyphs are drawn 1.5 times larger. The
# script scales Laksaman (unitsPerEm 1000 -> 1515, i.e. 1000 / 0.66) and names the result
# "TH SarabunPSK". Laksaman is GPL with the font exception: a renamed derivative made on the
# machine that uses it is allowed. Install the real TH Sarabun fonts instead where you can.
#
# Usage: thai-font-standin.sh [fonts directory]
#   default: /usr/local/share/fonts/th-sarabunpsk-standin as root, else ~/.fonts/th-sarabunpsk-standin
# Needs fonts-thai-tlwg, python3-fonttools (run by /usr/bin/python3) and fontconfig.
set -eu

if [ "$#" -ge 1 ]; then
  dir=$1
elif [ "$(id -u)" -eq 0 ]; then
  dir=/usr/local/share/fonts/th-sarabunpsk-standin
else
  dir="$HOME/.fonts/th-sarabunpsk-standin"
fi
src=/usr/share/fonts/truetype/tlwg

[ -f "$src/Laksaman.ttf" ] || { echo "Laksaman not found in $src (install fonts-thai-tlwg)" >&2; exit 1; }
/usr/bin/python3 -c 'import fontTools' 2>/dev/null \
  || { echo "fontTools not found for /usr/bin/python3 (install python3-fonttools)" >&2; exit 1; }

mkdir -p "$dir"
/usr/bin/python3 - "$src" "$dir" <<'PY'
import sys
from fontTools.ttLib import TTFont

src, out = sys.argv[1], sys.argv[2]
faces = {
    "Laksaman.ttf": ("Regular", "THSarabunPSK.ttf", "", 400),
    "Laksaman-Bold.ttf": ("Bold", "THSarabunPSK-Bold.ttf", " Bold", 700),
    "Laksaman-Italic.ttf": ("Italic", "THSarabunPSK-Italic.ttf", " Italic", 400),
    "Laksaman-BoldItalic.ttf": ("Bold Italic", "THSarabunPSK-BoldItalic.ttf", " Bold Italic", 700),
}
family = "TH SarabunPSK"
for name, (style, target, suffix, weight) in faces.items():
    font = TTFont(f"{src}/{name}")
    font["head"].unitsPerEm = 1515
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    full = family + suffix
    postscript = "THSarabunPSK" + ("-" + style.replace(" ", "") if suffix else "")
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(family, 1, platform, encoding, language)
        names.setName(style, 2, platform, encoding, language)
        names.setName(full + "; stand-in from Laksaman", 3, platform, encoding, language)
        names.setName(full, 4, platform, encoding, language)
        names.setName(postscript, 6, platform, encoding, language)
    if "CFF " in font:
        raise SystemExit("unexpected CFF outlines in " + name)
    font.save(f"{out}/{target}")
PY
fc-cache -f "$dir" >/dev/null
fc-list | grep -q "TH SarabunPSK" || { echo "fontconfig does not list TH SarabunPSK" >&2; exit 1; }
echo "TH SarabunPSK stand-in installed in $dir"
