"""The warm server of the command line (server.py): a run it takes answers exactly as a run that
does its own work (output, messages, exit status), in the caller's folder and environment; it
stops when asked, when idle, and is never used from a folder another user could write.

Each test has its own cache folder (XDG_CACHE_HOME), so its own server; the rest of the suite
runs with the server off (conftest.py)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gcs_reasoner import client

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"

pytestmark = pytest.mark.skipif(not hasattr(__import__("socket"), "send_fds") or sys.platform == "win32",
                                reason="no file descriptor passing on this system: no server")


def _env(cache: Path, mode: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != client.ENV}
    env.update({"XDG_CACHE_HOME": str(cache), client.ENV: mode, "PYTHONPATH": str(ROOT)}, **extra)
    return env


def _run(args, env, cwd=ROOT, **kw):
    return subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120, **kw)


def _socket(env) -> str:
    out = subprocess.run([sys.executable, "-c", "from gcs_reasoner import client; print(client.socket_path())"],
                         env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.fixture
def short_tmp():
    """A folder with a short path: a socket's path has a length limit (pytest's tmp_path may pass it)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="gs"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def served(short_tmp):
    """(the environment of runs the server must take, the socket): a server started by a first
    run, waited for, and stopped after the test."""
    cache = short_tmp / "c"
    cache.mkdir(mode=0o700)
    on = _env(cache, "1")
    first = _run(["check", str(FACTS / "public_imaging.gcs")], on)
    assert first.returncode == 0, first.stderr
    path = _socket(on)
    deadline = time.monotonic() + 60
    while not client.is_running(path):
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    yield _env(cache, "require"), path
    _run(["server", "stop"], on)


CASES = [
    ["check", "facts/public_imaging.gcs"],
    ["check", "facts/public_imaging.gcs", "--format", "json"],
    ["check", "facts/public_imaging.gcs", "--lang", "en", "--as-of", "2011-01-01"],
    ["explain", "facts/public_imaging.gcs", "nature(public)"],
    ["check", "tests/no_such_file.gcs"],  # exit 2, a message on stderr
    ["check", "facts/public_imaging.gcs", "--as-of", "2011-13-01"],  # a usage error: argparse exits 2
    ["--help"],
    ["texts", "--as-of", "2012-01-01", "--format", "json"],
]


def test_a_run_the_server_takes_answers_as_a_run_that_does_its_own_work(served, short_tmp):
    env, _ = served
    off = {**env, client.ENV: "0"}
    folder = short_tmp / "f"
    folder.mkdir()
    for name in ("public_imaging.gcs", "joint17_no_operation_2018.gcs", "dissolution_single_member.gcs"):
        (folder / name).write_bytes((FACTS / name).read_bytes())
    # a mistake: lark reads the file again to say what is wrong (parse.py)
    mistake = short_tmp / "mistake.gcs"
    mistake.write_text('groupement g "G" {\n  as of 2008-06-30\n  member\n}\n', encoding="utf-8")
    for args in CASES + [["check", str(folder), "--format", "jsonl", "--jobs", "2"], ["check", str(mistake)]]:
        by_server, by_itself = _run(args, env), _run(args, off)
        assert (by_server.returncode, by_server.stdout, by_server.stderr) == \
               (by_itself.returncode, by_itself.stdout, by_itself.stderr), args
    assert _run(["check", "tests/no_such_file.gcs"], env).returncode == 2
    told = _run(["check", str(mistake)], env)
    assert told.returncode == 2 and "expected an identifier" in told.stderr, told.stderr


def _processes_on(path: str) -> list[int]:
    """The processes of the server listening on `path` (the server, its spare, its copies at work):
    their command line names the socket."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if path.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def _spare_ready(path: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while len(_processes_on(path)) < 2:
        assert time.monotonic() < deadline, "no spare copy beside the server"
        time.sleep(0.05)
    time.sleep(1.0)  # its warm-up done


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="no /proc: processes not listed")
def test_a_spare_copy_answers_as_a_run_that_does_its_own_work(served):
    """The request a spare takes (made ahead, already warmed up on another file) gives the same
    output as a run doing its own work; a new spare follows it."""
    env, path = served
    off = {**env, client.ENV: "0"}
    for args in (["check", "facts/joint17_no_operation_2018.gcs", "--format", "json"],
                 ["check", "facts/public_imaging.gcs"], ["explain", "facts/public_imaging.gcs", "nature(public)"]):
        _spare_ready(path)
        spare = set(_processes_on(path))
        by_spare, by_itself = _run(args, env), _run(args, off)
        assert by_spare.returncode == by_itself.returncode == 0, by_spare.stderr
        assert by_spare.stdout == by_itself.stdout, args
        assert by_spare.stderr == by_itself.stderr, args
        _spare_ready(path)
        assert set(_processes_on(path)) != spare, "the spare did not take the request (no new spare)"


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="no /proc: processes not listed")
def test_the_spare_ends_with_the_server(served):
    env, path = served
    _spare_ready(path)
    assert _run(["server", "stop"], {**env, client.ENV: "1"}).returncode == 0
    deadline = time.monotonic() + 10
    while _processes_on(path):
        assert time.monotonic() < deadline, "a copy of the server outlived it"
        time.sleep(0.05)


def test_the_server_works_in_the_callers_folder_and_environment(served, tmp_path):
    env, _ = served
    work = tmp_path / "w"
    work.mkdir()
    (work / "f.gcs").write_text((FACTS / "public_imaging.gcs").read_text(encoding="utf-8"), encoding="utf-8")
    # a relative path read and written in the caller's folder
    done = _run(["memo", "f.gcs", "-o", "note.md"], env, cwd=work)
    assert done.returncode == 0, done.stderr
    assert (work / "note.md").read_text(encoding="utf-8").startswith("#")
    # `as of` today is the caller's today: a file without `as of`, checked with TZ at both ends of the date line
    text = "\n".join(line for line in (FACTS / "public_imaging.gcs").read_text(encoding="utf-8").splitlines()
                     if not line.strip().startswith("as of"))
    (work / "today.gcs").write_text(text, encoding="utf-8")
    for tz in ("Pacific/Kiritimati", "Etc/GMT+12"):
        served_run = _run(["check", "today.gcs", "--format", "json"], {**env, "TZ": tz}, cwd=work)
        own_run = _run(["check", "today.gcs", "--format", "json"], {**env, "TZ": tz, client.ENV: "0"}, cwd=work)
        assert served_run.returncode == 0, served_run.stderr
        assert served_run.stdout == own_run.stdout


def test_ctrl_c_on_the_caller_interrupts_the_work(served, tmp_path):
    env, _ = served
    big = tmp_path / "big.gcs"
    # 5,000 members: about 6 s of work, so that the interruption comes while it works on a fast machine too
    # (2,000 members finished within the second before it, at times)
    big.write_text(subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--write-scenario", "5000"],
                                  capture_output=True, text=True, check=True, cwd=ROOT).stdout, encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "gcs_reasoner.cli", "check", str(big), "--format", "json"],
                         env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130
    assert "interrupted" in err


def test_when_the_caller_is_killed_its_work_stops_and_its_output_closes(served, tmp_path):
    """A run killed (a time limit, a harness that gives up) leaves no copy at work holding its
    output open: whoever reads that output sees it end."""
    env, _ = served
    big = tmp_path / "big.gcs"
    big.write_text(subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--write-scenario", "3000"],
                                  capture_output=True, text=True, check=True, cwd=ROOT).stdout, encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "gcs_reasoner.cli", "check", str(big), "--format", "json"],
                         env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    p.kill()
    t = time.monotonic()
    p.stdout.read()  # the end of the output: the copy that held it is gone (its work takes seconds more)
    p.wait()
    assert time.monotonic() - t < 1.5


def test_a_run_needs_the_server_it_names(served, tmp_path):
    """What the answer depends on names the server: another interpreter setting, another one."""
    env, path = served
    assert _socket(env) == path
    assert _socket({**env, "PYTHONHASHSEED": "7"}) != path
    assert _socket({**env, "LC_ALL": "C"}) != path  # the locale: the encoding of files opened without one
    other = _run(["check", "facts/public_imaging.gcs"], {**env, "PYTHONHASHSEED": "7"})
    assert other.returncode == 1 and "no server took the work" in other.stderr


def test_editing_a_rule_names_another_server(monkeypatch, tmp_path):
    rules = tmp_path / "rules"
    (rules / "topic").mkdir(parents=True)
    rule = rules / "topic" / "a.lp"
    rule.write_text("a.\n", encoding="utf-8")
    monkeypatch.setattr(client, "_rules_dir", lambda: str(rules))
    before = client.key()
    assert client.key() == before
    rule.write_text("a. b.\n", encoding="utf-8")
    assert client.key() != before


def test_stop_and_status(served):
    env, path = served
    on = {**env, client.ENV: "1"}
    assert "running" in _run(["server", "status"], on).stdout
    assert _run(["server", "stop"], on).stdout.strip() == "stopped"
    deadline = time.monotonic() + 10
    while os.path.exists(path):
        assert time.monotonic() < deadline, "the socket was not removed"
        time.sleep(0.05)
    assert not client.is_running(path)
    assert "not running" in _run(["server", "status"], on).stdout
    assert _run(["server", "stop"], on).stdout.strip() == "no server was running"


def test_an_idle_server_stops_by_itself(short_tmp):
    cache = short_tmp / "c"
    cache.mkdir(mode=0o700)
    env = _env(cache, "1", GCS_REASONER_SERVER_IDLE="0.5")
    assert _run(["check", "facts/public_imaging.gcs"], env).returncode == 0
    path = _socket(env)
    deadline = time.monotonic() + 60
    while not os.path.exists(path):  # started...
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    while os.path.exists(path):  # ... and gone without a request
        assert time.monotonic() < deadline, "the idle server did not stop"
        time.sleep(0.1)
    if Path("/proc/self/cmdline").exists():  # its spare with it
        while _processes_on(path):
            assert time.monotonic() < deadline, "a copy of the idle server outlived it"
            time.sleep(0.05)


def test_no_server_from_a_folder_others_may_write(short_tmp):
    """The cache folder of XDG_CACHE_HOME is writable by all: the socket goes to the next folder
    user_cache offers (this user's own, in the temporary folder), never there."""
    cache = short_tmp / "c"
    (cache / "gcs_reasoner").mkdir(parents=True)
    os.chmod(cache / "gcs_reasoner", 0o777)
    own_tmp = short_tmp / "t"
    own_tmp.mkdir(mode=0o700)
    env = _env(cache, "1", TMPDIR=str(own_tmp))
    path = _socket(env)
    assert path.startswith(str(own_tmp)) and not (cache / "gcs_reasoner" / "server").exists()
    assert _run(["check", "facts/public_imaging.gcs"], env).returncode == 0
    _run(["server", "stop"], env)


def test_off_means_off(tmp_path):
    cache = tmp_path / "c"
    cache.mkdir(mode=0o700)
    env = _env(cache, "0")
    assert _run(["check", "facts/public_imaging.gcs"], env).returncode == 0
    time.sleep(0.5)
    assert not (cache / "gcs_reasoner" / "server").exists()


def test_the_console_script_loads_little_before_handing_the_work_over():
    """What a run the server takes loads (client.py): no module of the work, nor the Python
    wrappers it does without (each milliseconds of every such run)."""
    code = ("import sys, gcs_reasoner.client as c; c.socket_path(); c._request(['check']); "
            "print(' '.join(sorted(sys.modules)))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env=env).stdout.split()
    loaded = [m for m in ("gcs_reasoner.cli", "gcs_reasoner.api", "gcs_reasoner.parse", "clingo", "lark", "json",
                          "socket", "signal", "typing", "datetime", "pathlib", "tempfile") if m in out]
    assert loaded == []


def test_ctrl_c_before_the_work_started_says_interrupted_without_a_traceback():
    """Ctrl-C while the run looks for the server (or loads the package to do the work itself):
    the same message and status as once the work runs (cli.main), not a traceback."""
    code = ("import sys, gcs_reasoner.client as c\n"
            "def forward(argv):\n    raise KeyboardInterrupt\n"
            "c.forward = forward\nsys.argv = ['gcs-reasoner', 'check', 'facts/public_imaging.gcs']\nc.run()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, client.ENV: "1"})
    assert (done.returncode, done.stderr, done.stdout) == (130, "gcs-reasoner: interrupted\n", "")


def test_the_server_loads_what_mistakes_and_why_not_need_before_any_copy():
    """A mistake in a file is told by lark's parser, which the parser of well-formed files does
    without, and `why-not` first reads the predicates of every rule: both loaded by the server's
    warm-up, not by each copy's first ill-formed file (90 ms) or first `why-not` (0.9 s)."""
    code = ("import sys; from gcs_reasoner import server, parse; server.warm_up(); "
            "from gcs_reasoner.program import load_program; "
            "print('lark' in sys.modules, parse._PARSER is not None, '_signatures' in load_program().__dict__)")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True", "True", "True"], out.stderr
