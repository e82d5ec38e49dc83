#!/usr/bin/env bash
# Renders a Word document the way a reader sees it: LibreOffice makes a PDF of it, pdftoppm a
# PNG of every page, pdftotext the text (to look for broken words). For looking at an export
# (docs/exports.md); the XML rules it should meet are checked by tests/export/docx-layout.spec.ts.
# Usage: scripts/render-docx.sh FILE.docx [OUTDIR]   (npm run render:docx -- FILE.docx [OUTDIR])
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: scripts/render-docx.sh FILE.docx [OUTDIR] (the file must exist)" >&2
  exit 2
fi
file=$1
out=${2:-"$(dirname "$file")/$(basename "$file" .docx)-pages"}
resolution=${RENDER_DPI:-60}

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "render-docx: LibreOffice (soffice) is not installed; install it (apt-get install libreoffice-writer) to render Word files." >&2
  exit 3
fi
if ! command -v pdftoppm >/dev/null; then
  echo "render-docx: pdftoppm is not installed; install poppler-utils to render the pages." >&2
  exit 3
fi

mkdir -p "$out"
# A profile of its own, so that a LibreOffice already running for someone else does not swallow the job.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$soffice" -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdf="$out/$(basename "$file" .docx).pdf"
[ -f "$pdf" ] || { echo "render-docx: LibreOffice made no PDF of $file" >&2; exit 1; }
pdftoppm -png -r "$resolution" "$pdf" "$out/page"
command -v pdftotext >/dev/null && pdftotext -layout "$pdf" "$out/text.txt"
echo "Rendered $(find "$out" -name 'page-*.png' | wc -l) page(s) of $file into $out (PDF: $pdf)"
