"""Review 30, the tools: the processes of the command line and the words of why-not.

README, "How it works", the warm server: « The copy … ends as soon as the caller does (killed by a
time limit, say): no work goes on for no one, and the caller's output closes »; « Files are reasoned
in worker processes, `--jobs N` at once »; `check FOLDER`: « On Ctrl-C the batch stops, the document
is closed (valid JSON or HTML with the entries done) and the exit status is 130 ».

Each test starts its processes in a session of their own and kills that session (and any process
of its private server) in a `finally`: nothing is left behind; a server of its own lives in a
private cache folder (XDG_CACHE_HOME) with a short path (a socket's path has a length limit)."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from gcs_reasoner import client

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists() or sys.platform == "win32",
                                reason="processes listed through /proc")


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != client.ENV}
    env.update({"PYTHONPATH": str(ROOT), client.ENV: "0"}, **extra)
    return env


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """`pid` runs (a zombie, dead but not yet waited for, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def _with_cmdline(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def _kill(pids) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@linux_only
def test_the_workers_of_check_folder_end_when_it_is_killed():
    """F2: `check FOLDER --jobs 2` killed with SIGKILL (a time limit, an OOM kill): its workers end
    with it, instead of sleeping for good with ppid 1."""
    p = subprocess.Popen([sys.executable, "-m", "gcs_reasoner.cli", "check", str(FACTS), "--format", "jsonl",
                          "--jobs", "2"], env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    workers: list = []
    try:
        _wait_for(lambda: len(_children(p.pid)) >= 2, 30, "no worker started")
        workers = _children(p.pid)
        time.sleep(0.3)
        p.kill()
        p.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "a worker outlived the process that made it"
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        _kill(workers)
        p.wait(timeout=10)
