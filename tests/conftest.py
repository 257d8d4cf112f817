import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pytest_unconfigure(config):
    """Free what holds clingo objects while clingo is still loaded (not in Python's teardown, where
    a clingo AST cannot be freed and says so on stderr)."""
    import gc

    from gcs_reasoner.program import load_program

    load_program.cache_clear()
    gc.collect()
