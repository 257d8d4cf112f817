"""Golden conclusions: `facts/NAME.expected` beside each `facts/NAME.gcs`.

The format and the checking are those of every expectation file
(gcs_reasoner/expectations.py, README "Your own regression tests"): the
project's golden files are expectation files with `all conclusions listed`.

Update after reviewing the change against the law (never blindly); the diff
of each file is printed:
    python -m tests.golden facts/NAME.gcs [...]
which is `gcs-reasoner test --update facts/NAME.gcs [...]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"


def main(argv) -> int:
    sys.path.insert(0, str(ROOT))
    from gcs_reasoner.cli import main as cli

    return cli(["test", "--update", *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
