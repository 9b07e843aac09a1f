#!/bin/sh
# bin/Slotscope of the Linux app image, in place of jpackage's own launcher: it starts the image's
# Java runtime with the class path, main class and options of lib/app/Slotscope.cfg, as that
# launcher does, but without first asking rpm and dpkg which package owns it, which the JDK's
# launcher does twice at every start (rpm -qf, dpkg -S: over half a second on a Debian machine,
# longer than the window then takes to open). The .cfg stays what the options are read from.
set -e
bin=$(dirname "$(readlink -f "$0")")
image=$(dirname "$bin")
appdir="$image/lib/app"

# The .cfg's values name the image's folder as $APPDIR (once at most in each value).
expand() {
  case $1 in
    *'$APPDIR'*) value="${1%%\$APPDIR*}$appdir${1#*\$APPDIR}" ;;
    *) value=$1 ;;
  esac
}

# The options are added after the app's own arguments, which are then moved behind them.
count=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    app.classpath=*) expand "${line#app.classpath=}"; classpath="${classpath:+$classpath:}$value" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) expand "${line#java-options=}"; set -- "$@" "$value" ;;
  esac
done <"$appdir/Slotscope.cfg"
set -- "$@" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  count=$((count - 1))
done
exec "$image/lib/runtime/bin/java" "$@"
