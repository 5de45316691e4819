#!/usr/bin/env sh
# Fuzz the reader and the extractor for a bounded time (default 60 s):
#   fuzz/run.sh [SECONDS] [more libFuzzer flags...]
# Installs atheris into the current Python (the repo's .venv if there is one) if it is
# missing. Inputs it keeps go to fuzz/corpus/, findings to fuzz/findings/ (both ignored
# by git).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
python=${PYTHON:-python3}
[ -x "$root/.venv/bin/python" ] && python="$root/.venv/bin/python"
seconds=${1:-60}
[ $# -gt 0 ] && shift
if ! "$python" -c "import atheris" 2>/dev/null; then
    echo "fuzz/run.sh: installing atheris into $python" >&2
    "$python" -m pip install --quiet atheris
fi
mkdir -p "$here/corpus"
# Seeds: the sample corpus (as .md: first byte 1 picks the .md reader).
for file in "$root"/data/sample/*.md; do
    seed="$here/corpus/seed-$(basename "$file")"
    [ -f "$seed" ] || { printf '\001' > "$seed"; cat "$file" >> "$seed"; }
done
mkdir -p "$here/findings"
exec "$python" "$here/fuzz_extract.py" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -artifact_prefix="$here/findings/" "$@" "$here/corpus"
