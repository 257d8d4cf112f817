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


_WAIT_FOR_A_COPY_THAT_ENDS = r"""
import os, socket, subprocess, sys
from gcs_reasoner import client
ours, theirs = socket.socketpair()  # `theirs` stays open here: a process of the copy's that outlived it
copy = subprocess.Popen([sys.executable, "-c", "pass"])
if sys.argv[1] == "status":
    theirs.sendall(client.header(b"S", 3))  # sent just before it ended
copy.wait()
print(client._wait(ours, copy.pid))
"""


@linux_only
@pytest.mark.parametrize("sent, said", [("status", "3"), ("nothing", "1")])
def test_the_caller_does_not_wait_on_a_connection_its_copy_has_left(sent, said):
    """F1: the server's copy ended (killed by the time limit passed on to it), but some other
    process still holds the connection open: the caller reads the status the copy sent, or says
    that none came, instead of waiting for good."""
    p = subprocess.Popen([sys.executable, "-c", _WAIT_FOR_A_COPY_THAT_ENDS, sent], env=_env(), cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        out, err = None, None
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait(timeout=10)
    assert out is not None, "the caller still waits on a connection whose copy has ended"
    assert out.strip() == said, err


@pytest.fixture
def private_server():
    """(the environment of runs the server must take, the socket): a server of a private cache
    folder, started by a first run and waited for; every process of it killed after the test."""
    folder = Path(tempfile.mkdtemp(prefix="gr30"))
    cache = folder / "c"
    cache.mkdir(mode=0o700)
    on = _env(XDG_CACHE_HOME=str(cache), **{client.ENV: "1"})
    path = subprocess.run([sys.executable, "-c", "from gcs_reasoner import client; print(client.socket_path())"],
                          env=on, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    try:
        yield on, path
    finally:
        subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "server", "stop"], env=on, cwd=ROOT,
                       capture_output=True, timeout=30)
        _kill(_with_cmdline(path))
        shutil.rmtree(folder, ignore_errors=True)


def _start(env: dict, path: str) -> None:
    first = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "check", str(FACTS / "public_imaging.gcs")],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    _wait_for(lambda: client.is_running(path), 60, "the server did not start")


@linux_only
@pytest.mark.skipif(not hasattr(__import__("socket"), "send_fds"), reason="no file descriptor passing: no server")
def test_a_run_the_server_takes_ends_when_its_time_limit_ends_it(private_server):
    """F1: `timeout 4 gcs-reasoner check facts --jobs 2` with the server on: the termination is
    passed on to the server's copy, which ends, and its workers with it; the caller ends too, as
    it does without the server (killed by SIGTERM), instead of waiting for good."""
    on, path = private_server
    _start(on, path)
    p = subprocess.Popen([sys.executable, "-m", "gcs_reasoner.cli", "check", str(FACTS), "--format", "jsonl",
                          "--jobs", "2"], env={**on, client.ENV: "require"}, cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        # the copy at work, and its two workers (their command line is the server's: they are its forks)
        _wait_for(lambda: len(_with_cmdline(path)) >= 4, 30, "the copy's workers did not start")
        time.sleep(0.5)
        p.terminate()
        try:
            _, err = p.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            err = None
        assert err is not None, "the caller still waits after its copy was ended"
        assert p.returncode == -signal.SIGTERM, err
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait(timeout=10)


def _leave_a_dead_servers_socket(path: str) -> None:
    """What a server killed with SIGKILL leaves: its socket file, with nothing listening on it."""
    import socket

    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert os.path.exists(path) and not client.is_running(path)


def _cli(env, *args):
    return subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@linux_only
@pytest.mark.skipif(not hasattr(__import__("socket"), "send_fds"), reason="no file descriptor passing: no server")
def test_the_socket_a_dead_server_left_is_removed_and_a_new_server_starts(private_server):
    """F3: the server killed with SIGKILL left its socket: `server status` and `server stop` remove
    it and say so, and the next run starts a new server (before, none was ever started again while
    `server status` kept promising one)."""
    on, path = private_server
    for action, said in (("status", "not running"), ("stop", "no server was running")):
        _leave_a_dead_servers_socket(path)
        told = _cli(on, "server", action)
        assert told.returncode == 0 and told.stdout.startswith(said), told.stdout
        assert "dead server" in told.stdout, told.stdout
        assert not os.path.exists(path), f"`server {action}` left the dead server's socket"
    _leave_a_dead_servers_socket(path)
    _start(on, path)  # a run does its work, then starts the server: it listens
    assert _cli(on, "server", "status").stdout.startswith("running")


def _writing_to_a_full_pipe(pid: int) -> bool:
    try:
        return "pipe_write" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False


@linux_only
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_ctrl_c_while_writing_to_a_pipe_gives_the_entries_done_whole(fmt):
    """F4: `check FOLDER | less`, Ctrl-C while the writer waits on the full pipe: the entry being
    written is finished (not cut in the middle of a string), counted, then the document closed:
    valid JSON, and the count said on stderr (and in the text's closing line) is the number of
    entries written."""
    import json
    import re

    p = subprocess.Popen([sys.executable, "-m", "gcs_reasoner.cli", "check", str(FACTS), "--format", fmt,
                          "--jobs", "1"], env=_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        deadline = time.monotonic() + 30  # the pipe (64 KiB) is full after a few entries
        while not _writing_to_a_full_pipe(p.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait(timeout=10)
    out, err = out.decode("utf-8"), err.decode("utf-8")
    assert p.returncode == 130, err
    told = re.search(r"interrupted after (\d+) of (\d+) files", err)
    assert told, err
    done = int(told.group(1))
    if fmt == "json":
        entries = json.loads(out)  # valid: no entry cut
        assert len(entries) == done and done > 0
    else:
        assert out.count("\n==> ") + out.startswith("==> ") == done > 0
        assert re.search(rf"\b{done} examinés? \(interrompu après {done} sur", out), out[-300:]


def _why_not(*args) -> str:
    done = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "why-not", *args], env=_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_why_not_keeps_a_members_name_as_the_file_writes_it():
    """F6: facts/withdrawal_notice.gcs names « Clinique de Loire »; why-not said « il n'est pas
    établi que clinique de Loire est membre du groupement … ». A sentence that begins with a name
    keeps it as written (as check and explain do); one that begins with a word of its own is
    lowered after « que »."""
    said = _why_not("facts/withdrawal_notice.gcs", "member(clinique_loire)", "--as-of", "2009-01-01")
    assert "que Clinique de Loire est membre du groupement" in said, said
    assert "clinique de Loire" not in said, said
    said_en = _why_not("facts/withdrawal_notice.gcs", "member(clinique_loire)", "--as-of", "2009-01-01", "--lang", "en")
    assert "that Clinique de Loire " in said_en and "clinique de Loire" not in said_en, said_en


def test_why_not_on_a_fact_the_file_states_says_where_it_states_it():
    """F5: `why-not facts/withdrawal_notice.gcs 'withdrawal(clinique_loire, _)'` found the fact
    (« établi pour withdrawal(clinique_loire, 2007-09-03) ») and then said « c'est un fait du dossier,
    que le dossier n'énonce pas »: the file states it, on line 38. Now: a fact the file states, at
    its line; a fact it does not state is still said to be missing."""
    said = _why_not("facts/withdrawal_notice.gcs", "withdrawal(clinique_loire, _)")
    assert "n'énonce pas" not in said, said
    assert ("c'est un fait que le dossier énonce : withdrawal(clinique_loire, 2007-09-03) "
            "(facts/withdrawal_notice.gcs, ligne 38)") in said, said
    said_en = _why_not("facts/withdrawal_notice.gcs", "withdrawal(clinique_loire, _)", "--lang", "en")
    assert "does not state" not in said_en and "a fact the file states" in said_en, said_en
    missing = _why_not("facts/withdrawal_notice.gcs", "withdrawal(nobody, _)")
    assert "que le dossier n'énonce pas" in missing, missing
