#!/bin/sh
# Create the project's virtual environment, or rebuild it when it is missing, broken, made
# with another Python, or older than pyproject.toml; reuse it otherwise (a check of ~0.1 s).
#
#   scripts/venv.sh PYTHON VENV EXTRAS      e.g. scripts/venv.sh python3.12 .venv notebooks,test
#
# Installs with uv (fetched into the environment itself with pip) for speed, falling back to
# pip if uv cannot run. Progress goes to the terminal. Exit status 2, with one line, when
# PYTHON is not a usable Python 3.11-3.13.
set -eu
PYTHON=$1
VENV=$2
EXTRAS=$3

version=$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null) || {
    echo "error: '$PYTHON' is not a working Python; run with PYTHON=python3.11 (or 3.12, 3.13)" >&2
    exit 2
}
case $version in
    3.11.*|3.12.*|3.13.*) ;;
    *) echo "error: '$PYTHON' is Python $version; the project needs 3.11, 3.12 or 3.13 (PYTHON=...)" >&2
       exit 2 ;;
esac

stamp="$VENV/.bulletin-env"
key="python $version; pyproject $(cksum < pyproject.toml | cut -d' ' -f1)"
installed=""
if [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$key" ] \
        && "$VENV/bin/python" -c 'import bulletin' >/dev/null 2>&1; then
    installed=$(tail -n 1 "$stamp")
    missing=""
    for extra in $(echo "$EXTRAS" | tr ',' ' '); do
        case ",$installed," in *",$extra,"*) ;; *) missing="$missing $extra" ;; esac
    done
    [ -z "$missing" ] && exit 0
    echo "Adding to $VENV:$missing"
else
    echo "Setting up $VENV (Python $version, extras: $EXTRAS); under a minute the first time."
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
all=$(echo "$installed,$EXTRAS" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
if { [ -x "$VENV/bin/uv" ] || "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet uv; } \
        && UV_PYTHON_DOWNLOADS=never "$VENV/bin/uv" pip install \
            --python "$VENV/bin/python" -e ".[$all]"; then
    :
else
    echo "uv was not usable here; installing with pip instead." >&2
    "$VENV/bin/python" -m pip install --disable-pip-version-check -e ".[$all]"
fi
printf '%s\n%s\n' "$key" "$all" > "$stamp"
