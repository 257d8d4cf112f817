import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The command lines the tests run do their own work: no warm server shared between tests, none
# left behind (tests/test_server.py starts its own, each in its own cache folder).
os.environ["GCS_REASONER_SERVER"] = "0"


def pytest_unconfigure(config):
    """Free what holds clingo objects while clingo is still loaded (not in Python's teardown, where
    a clingo AST cannot be freed and says so on stderr): the ASTs kept on programs (program.kept_asts,
    also dropped at exit; a program a test module keeps in a global may hold some)."""
    import gc

    from gcs_reasoner.program import drop_asts, load_program

    load_program.cache_clear()
    drop_asts()
    gc.collect()
