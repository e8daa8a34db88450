#!/bin/sh
# Rebuilds the Word templates from their LibreOffice flat-ODF sources:
#   templates/src/fodt/<name>.fodt -> templates/src/main/resources/templates/<name>.docx
# Usage: convert.sh [name.fodt ...]   (default: every .fodt in this directory)
# Needs LibreOffice (soffice) on PATH. Commit both the .fodt and the .docx.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../main/resources/templates"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

command -v soffice >/dev/null 2>&1 || { echo "soffice (LibreOffice) is not on PATH" >&2; exit 1; }

if [ "$#" -eq 0 ]; then
  set -- "$here"/*.fodt
fi

mkdir -p "$out"
for src in "$@"; do
  name=$(basename "$src" .fodt)
  rm -f "$out/$name.docx"
  soffice --headless "-env:UserInstallation=file://$profile" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$src" >/dev/null
  # soffice exits 0 even when it could not read the file: check the result.
  if [ ! -s "$out/$name.docx" ]; then
    echo "conversion of $src failed" >&2
    exit 1
  fi
  # Justified Thai text is distributed the Thai way in Word (w:jc "thaiDistribute"); LibreOffice
  # writes plain "both".
  /usr/bin/python3 - "$out/$name.docx" <<'PY'
import sys, zipfile, shutil, tempfile, os
path = sys.argv[1]
fd, tmp = tempfile.mkstemp(suffix=".docx")
os.close(fd)
with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename in ("word/document.xml", "word/styles.xml"):
            data = data.replace(b'<w:jc w:val="both"/>', b'<w:jc w:val="thaiDistribute"/>')
        dst.writestr(item, data)
shutil.move(tmp, path)
PY
  echo "$src -> $out/$name.docx"
done
