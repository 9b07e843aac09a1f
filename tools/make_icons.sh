#!/usr/bin/env bash
# Draws the app icon (a memory strip: header, dict pointer and two slots) with ImageMagick and
# writes icons/slotscope-<size>.png for every size the window offers. Run from anywhere; the
# PNGs are committed, so building the app never needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."
master=$(mktemp --suffix=.png)
trap 'rm -f "$master"' EXIT
convert -size 1024x1024 xc:none \
  -fill '#2f6f9f' -draw 'roundrectangle 40,40 984,984 180,180' \
  -fill '#dcd6ea' -draw 'rectangle 170,300 400,560' \
  -fill '#b9d2e6' -draw 'rectangle 420,300 560,560' \
  -fill '#93d3bd' -draw 'rectangle 580,300 720,560' \
  -fill '#93d3bd' -draw 'rectangle 740,300 854,560' \
  -fill '#f6b889' -draw 'rectangle 420,620 854,724' \
  "$master"
for size in 16 32 48 64 128 256 512; do
  convert "$master" -filter Lanczos -resize "${size}x${size}" "icons/slotscope-${size}.png"
done
