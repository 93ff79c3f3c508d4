#!/usr/bin/env bash
# Renders a workbook to PDF and PNG pages, to look at it without Excel (each page as it would print).
#   bench/render-workbook.sh WORKBOOK.xlsx OUTDIR [DPI]     DPI of the PNGs, 110 unless given (60 for a quick look)
# Needs LibreOffice (headless) and poppler:  apt-get install -y libreoffice-calc-nogui poppler-utils
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: $0 WORKBOOK.xlsx OUTDIR [DPI]" >&2
	exit 2
fi
workbook=$1
outdir=$2
dpi=${3:-110}
for tool in soffice pdftoppm; do
	if ! command -v "$tool" >/dev/null; then
		echo "$tool not found: apt-get install -y libreoffice-calc-nogui poppler-utils" >&2
		exit 1
	fi
done
mkdir -p "$outdir"
# a private profile, so a running LibreOffice or a read-only home does not get in the way
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$workbook" >/dev/null
pdf="$outdir/$(basename "${workbook%.*}").pdf"
pdftoppm -png -r "$dpi" "$pdf" "$outdir/$(basename "${workbook%.*}")"
ls "$outdir"/*.png
