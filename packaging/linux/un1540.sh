#!/bin/sh
# /usr/bin/un1540: the launcher of the bundle installed under /opt/un1540 (the window, or a command: un1540 --help).
# Qt needs a UTF-8 locale; a session without one (a minimal system, `env -i`) gets C.UTF-8, which every glibc has.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
    *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
    *) if [ -n "${LC_ALL:-}" ]; then LC_ALL=C.UTF-8; export LC_ALL; else LC_CTYPE=C.UTF-8; export LC_CTYPE; fi ;;
esac
exec /opt/un1540/un1540 "$@"
