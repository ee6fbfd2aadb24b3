#!/bin/sh
# Makes the PNG, ICO and ICNS icons from lac-tracker.svg. Run after changing the SVG; the results are
# committed, so a build needs none of these tools.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" lac-tracker.svg -o "png/lac-tracker-$size.png"
done
convert png/lac-tracker-16.png png/lac-tracker-32.png png/lac-tracker-48.png png/lac-tracker-64.png \
  png/lac-tracker-128.png png/lac-tracker-256.png lac-tracker.ico
png2icns lac-tracker.icns png/lac-tracker-16.png png/lac-tracker-32.png png/lac-tracker-128.png \
  png/lac-tracker-256.png png/lac-tracker-512.png >/dev/null
