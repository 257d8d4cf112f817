"""The notebooks of notebooks/ run from top to bottom without error."""

from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def _missing_tools() -> str:
    try:
        import ipykernel  # noqa: F401
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401
    except ImportError as exc:
        return (f"{exc.name} is not installed: the notebook tests need nbclient, nbformat and ipykernel "
                f"(pip install -e '.[dev]')")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return "no 'python3' Jupyter kernel (python -m ipykernel install --user)"
    return ""


def test_there_is_a_notebook():
    assert NOTEBOOKS, "notebooks/*.ipynb: none found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path):
    missing = _missing_tools()
    if missing:
        pytest.skip(missing)
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as exc:  # the message holds the cell and the traceback
        pytest.fail(f"{path.name}: a cell failed:\n{exc}", pytrace=False)
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "conclusions on" in printed  # it reasoned
    assert "«" in printed  # an explanation quoting the law
    assert "no longer:" in printed or "now:" in printed  # the what-if changed something
