#!/usr/bin/env bash
# Executes the example notebook(s) in notebooks-data/ top to bottom with nbclient in a local virtual
# environment (.venv-notebook, git-ignored) holding pandas, matplotlib, nbclient, nbformat and
# ipykernel. Exits non-zero when any cell raises. The executed notebook is written to a temporary
# folder, never over the committed one.
#
#   scripts/notebooks/run-notebook.sh [NOTEBOOK.ipynb…]   (default: notebooks-data/*.ipynb)
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-notebook
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import pandas, matplotlib, nbclient, nbformat, ipykernel' 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pandas matplotlib nbclient nbformat ipykernel
fi

if [ $# -eq 0 ]; then set -- notebooks-data/*.ipynb; fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$venv/bin/python" - "$out" "$@" <<'PY'
import os, sys, time
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

out, paths = sys.argv[1], sys.argv[2:]
failed = 0
for path in paths:
    nb = nbformat.read(path, as_version=4)
    start = time.time()
    # Run from the notebook's folder, as Jupyter does, so relative paths to the tables work.
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    try:
        client.execute()
        cells = sum(1 for c in nb.cells if c.cell_type == "code")
        print(f"run-notebook: {path}: {cells} code cells ran without error in {time.time() - start:.1f} s")
    except CellExecutionError as error:
        failed += 1
        print(f"run-notebook: {path}: a cell failed:\n{error}", file=sys.stderr)
    nbformat.write(nb, os.path.join(out, os.path.basename(path)))
sys.exit(1 if failed else 0)
PY
