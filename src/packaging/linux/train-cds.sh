#!/bin/sh
# Records which classes the window loads, as a class-data-sharing archive the launcher then maps
# at every start (AppCDS): run under a display (xvfb-run) by dist.xml. The app opens its window,
# is left until it says its first view is drawn (-Dslotscope.startup.report=true) and a few seconds
# more, and is ended with SIGTERM, on which the VM writes the archive (-XX:ArchiveClassesAtExit).
# The launcher uses the archive only if it was written.
set -u
image=$1
archive="$image/lib/app/slotscope.jsa"
rm -f "$archive"
log="$image/../cds-training.log"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Dslotscope.startup.report=true" "$image/bin/Slotscope" >"$log" 2>&1 &
pid=$!
shown=no
for _ in $(seq 1 240); do
  if grep -q 'first view drawn' "$log"; then shown=yes; break; fi
  sleep 0.5
done
sleep 3
kill -TERM "$pid"
wait "$pid"
if [ "$shown" = yes ] && [ -s "$archive" ]; then
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/slotscope.jsa' >>"$image/lib/app/Slotscope.cfg"
  echo "class-data archive: $archive ($(du -h "$archive" | cut -f1))"
else
  rm -f "$archive"
  echo "no class-data archive: the window did not open under the display (see cds-training.log)"
fi
