"""Review 34, reviewer 5: robustness of the Python side (no law here).

F1. what-would's time limit bounds the grounding of its search too (counterfactual._solve: a forked copy, killed at
the deadline when it has not ground the program by then; its memory capped besides).
"""

import os
import signal
import time

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import counterfactual as cf
from gcs_reasoner.cli import main

QUORUM = "facts/assembly_quorum_under.gcs"


def _members_file(n: int) -> str:
    """A file of `n` members and four assemblies half attended: its what-would grounding is slow
    (40 members: about 20 s and 1.4 GB before the copy was killed at the deadline)."""
    members = "".join(f'  member m{i} "M {i}" {{\n    kind health_establishment\n    sector public\n    rights 1\n  }}\n'
                      for i in range(n))
    half = ", ".join(f"m{i}" for i in range(0, n, 2))
    assemblies = "".join(
        f"  assembly ag{k} on 2006-{k + 1:02d}-15 {{\n    convened_on 2006-{k + 1:02d}-01 by administrator\n"
        f"    present {half}\n    deliberation d1 on budget {{ for {half} }}\n  }}\n" for k in range(4))
    return (f'groupement g "Big" {{\n  as of 2012-06-30\n  approved 2006-03-15\n{members}{assemblies}'
            "  withdrawal m3 notified 2008-04-04\n}\n")


def _slow_ground(ctl):
    time.sleep(60)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_time_limit_bounds_a_slow_grounding_of_a_large_file():
    r = gcs.reason(gcs.loads(_members_file(40), path="<big40>"))
    base, _ = cf._wrapped_facts(r)
    start = time.monotonic()
    found, timed_out = cf._solve(r, base, "dissolution_required(single_member)", False, 3, 1.0, [])
    took = time.monotonic() - start
    assert (found, timed_out) == ([], True)
    assert took < 8.0, took  # the grounding alone took 20 s (a loaded machine: a wide margin)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_says_time_ran_out_when_the_grounding_outlasts_the_limit(monkeypatch, capsys):
    r = gcs.reason(gcs.load(QUORUM))
    normal = r.what_would_make("deliberation_valid(ag1, d1)")
    assert normal.sets and not normal.timed_out  # the anchor: in time, the same search finds its sets
    monkeypatch.setattr(cf, "_ground", _slow_ground)
    start = time.monotonic()
    out = r.what_would_make("deliberation_valid(ag1, d1)", time_limit=1)
    assert time.monotonic() - start < 8.0  # the grounding would have taken 60 s (a loaded machine: a wide margin)
    assert out.timed_out and not out.sets and not out.out_of_memory
    assert "no change set found within the time limit" in out.text()
    assert "aucun ensemble de changements trouvé dans la limite de temps" in out.text("fr")
    assert main(["what-would", QUORUM, "deliberation_valid(ag1, d1)", "--time-limit", "0.5"]) == 0
    assert "aucun ensemble de changements trouvé dans la limite de temps" in capsys.readouterr().out


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_reports_a_search_out_of_memory(monkeypatch):
    r = gcs.reason(gcs.load(QUORUM))

    def no_memory(ctl):
        raise MemoryError

    monkeypatch.setattr(cf, "_ground", no_memory)
    out = r.what_would_make("deliberation_valid(ag1, d1)", time_limit=5)
    assert out.out_of_memory and not out.sets and out.as_dict()["out_of_memory"]
    assert "ran out of the memory" in out.text() and "épuisé la mémoire" in out.text("fr")

    def killed(ctl):  # as the system's out-of-memory killer ends a process
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(cf, "_ground", killed)
    out = r.what_would_make("deliberation_valid(ag1, d1)", time_limit=5)
    assert out.out_of_memory and not out.sets


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_a_failure_of_the_search_is_ours(monkeypatch):
    r = gcs.reason(gcs.load(QUORUM))

    def broken(ctl):
        raise ValueError("broken")

    monkeypatch.setattr(cf, "_ground", broken)
    with pytest.raises(RuntimeError, match="ValueError: broken"):
        r.what_would_make("deliberation_valid(ag1, d1)", time_limit=5)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_copy_memory_cap_only_lowers():
    import resource

    pid = os.fork()
    if pid == 0:
        ok = False
        try:
            cf._cap_memory()
            soft, _ = resource.getrlimit(resource.RLIMIT_AS)
            total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
            ok = soft != resource.RLIM_INFINITY and soft <= total * cf.MEMORY_SHARE + 1
            resource.setrlimit(resource.RLIMIT_AS, (soft // 2, resource.getrlimit(resource.RLIMIT_AS)[1]))
            cf._cap_memory()
            ok = ok and resource.getrlimit(resource.RLIMIT_AS)[0] == soft // 2
        finally:
            os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


# F2. A closed standard output (`>&-`) is an output that cannot be written: said, exit 2, for every command, with
# the server and without (client.plug_stdout, cli.output_failed; server._run now says a failed last flush too).

import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CLOSED = "gcs-reasoner: cannot write the output (standard output): it is closed"
COMMANDS = [
    ["check", QUORUM], ["check", QUORUM, "--format", "json"], ["check", "examples/regression"],
    ["memo", QUORUM], ["coverage"], ["test", QUORUM], ["explain", QUORUM, "member(chu_dijon)"],
    ["why-not", QUORUM, "deliberation_valid(ag1, d1)"], ["texts"], ["timeline", QUORUM], ["diff", QUORUM, QUORUM],
]


def _closed_stdout(args, env=None, closed=True):
    """The command run with its standard output closed (the shell's `>&-`), or sent to /dev/full."""
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT))
    env.setdefault("GCS_REASONER_SERVER", "0")
    redirect = ">&-" if closed else ">/dev/full"
    return subprocess.run(["sh", "-c", f'exec "$@" {redirect}', "sh", sys.executable, "-m", "gcs_reasoner.cli",
                           *args], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True, timeout=120)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell's redirections")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:1] + a[2:3]))
def test_a_closed_standard_output_is_said_with_exit_2(args):
    done = _closed_stdout(args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == CLOSED, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


def test_an_open_standard_output_gets_the_same_commands_answers():  # the anchor: the plug changes nothing else
    env = dict(os.environ, PYTHONPATH=str(ROOT), GCS_REASONER_SERVER="0")
    done = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "explain", QUORUM, "member(chu_dijon)"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "chu_dijon" in done.stdout and not done.stderr


def test_a_command_writing_nothing_on_standard_output_runs_with_it_closed(tmp_path):
    note = tmp_path / "note.md"
    done = _closed_stdout(["memo", QUORUM, "-o", str(note)])
    assert done.returncode == 0, done.stderr
    assert note.read_text(encoding="utf-8").strip()


def test_a_bad_descriptor_is_not_an_output_failure_while_standard_output_is_open():
    import errno

    from gcs_reasoner.cli import output_failed

    assert not output_failed(OSError(errno.EBADF, "Bad file descriptor"))  # ours: an internal error
    assert output_failed(OSError(errno.ENOSPC, "No space left on device"))


def test_main_called_with_standard_output_closed_says_so():
    code = ("import sys; from gcs_reasoner.cli import main; "
            f"sys.exit(main(['explain', '{QUORUM}', 'member(chu_dijon)']))")
    env = dict(os.environ, PYTHONPATH=str(ROOT), GCS_REASONER_SERVER="0")
    done = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", code], env=env, cwd=ROOT,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.strip() == CLOSED, done.stderr


@pytest.mark.skipif(not hasattr(__import__("socket"), "send_fds") or sys.platform == "win32",
                    reason="no file descriptor passing on this system: no server")
def test_the_server_says_a_closed_or_full_standard_output_too(short_tmp):
    from tests.test_server import _env, _run

    cache = short_tmp / "c"
    cache.mkdir(mode=0o700)
    on = _env(cache, "1")
    try:
        assert _run(["check", QUORUM], on).returncode == 0
        from gcs_reasoner import client

        path = subprocess.run([sys.executable, "-c", "from gcs_reasoner import client; print(client.socket_path())"],
                              env=on, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        deadline = time.monotonic() + 60
        while not client.is_running(path):
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        required = _env(cache, "require")
        for args in (["check", QUORUM], ["explain", QUORUM, "member(chu_dijon)"], ["texts"]):
            done = _closed_stdout(args, required)
            assert done.returncode == 2 and done.stderr.strip() == CLOSED, (args, done.stderr)
            full = _closed_stdout(args, required, closed=False)
            assert full.returncode == 2, (args, full.stderr)
            assert full.stderr.strip().startswith("gcs-reasoner: cannot write the output (standard output): "), \
                full.stderr
        assert _run(["explain", QUORUM, "member(chu_dijon)"], required).returncode == 0  # the anchor
    finally:
        _run(["server", "stop"], on)


@pytest.fixture
def short_tmp():
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="gs"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# F3. A standard output whose encoding cannot write the output (PYTHONIOENCODING=ascii, latin-1): said with the
# remedy, exit 2, never an internal error (the output is not altered: quotations of the law stay as written).

def _encoded(args, encoding, server="0"):
    env = dict(os.environ, PYTHONPATH=str(ROOT), GCS_REASONER_SERVER=server, PYTHONIOENCODING=encoding)
    return subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize("encoding, args, char", [
    ("ascii", ["check", QUORUM], "U+2014"), ("latin-1", ["check", QUORUM], "U+2014"),
    ("ascii", ["explain", QUORUM, "member(chu_dijon)"], None), ("ascii", ["test", QUORUM], None),
    ("ascii", ["check", "examples/regression"], None), ("ascii", ["check", QUORUM, "--format", "json"], None),
])
def test_an_output_encoding_that_cannot_write_the_output_is_said_with_its_remedy(encoding, args, char):
    done = _encoded(args, encoding)
    err = done.stderr.decode("ascii", "backslashreplace")
    assert done.returncode == 2, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("gcs-reasoner: cannot write the output (standard output): its encoding, ")
    assert last.endswith("expected an output in UTF-8: set PYTHONIOENCODING=utf-8 (or a UTF-8 locale)")
    assert char is None or f"cannot write the character {char}" in last
    assert "internal error" not in err and "Traceback" not in err


def test_an_output_encoding_that_can_write_the_output_is_used():  # the anchor: Latin-1 writes the texts' list
    done = _encoded(["texts", "--lang", "fr"], "latin-1")
    assert done.returncode == 0 and not done.stderr
    assert "R6133-1" in done.stdout.decode("latin-1")


def test_an_encoding_error_of_another_codec_is_ours():
    from gcs_reasoner.cli import encoding_failed

    try:
        "é".encode("ascii")
    except UnicodeEncodeError as exc:
        error = exc
    import io

    saved = sys.stdout
    try:
        sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        assert not encoding_failed(error)  # stdout writes UTF-8: an ascii encoding failed elsewhere
        sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
        assert encoding_failed(error)
        sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
        assert not encoding_failed(error)
    finally:
        sys.stdout = saved


# F4. An expectation file holding only `all conclusions listed` is a complete list that is empty: every conclusion
# drawn fails as APPEARED (exit 1), as the same file with an `as_of` line did; not "NO EXPECTATIONS" (exit 0).

def _expectations(tmp_path, text):
    gcs_file = tmp_path / "x.gcs"
    gcs_file.write_text(Path(ROOT / QUORUM).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "x.expected").write_text(text, encoding="utf-8")
    return str(gcs_file)


@pytest.mark.parametrize("text", ["all conclusions listed\n", "# only the marker\nall conclusions listed\n\n"])
def test_an_empty_complete_list_fails_on_every_conclusion_drawn(tmp_path, capsys, text):
    path = _expectations(tmp_path, text)
    assert main(["test", path]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL  ") and "APPEARED     member(chu_dijon)" in out
    assert "NO EXPECTATIONS" not in out and "0 passed, 1 failed" in out
    assert main(["test", path, "--update"]) == 1  # written: every conclusion after the marker
    capsys.readouterr()
    written = (tmp_path / "x.expected").read_text(encoding="utf-8")
    assert written.startswith(text.rstrip("\n").rsplit("\n", 1)[0]) and "\nmember(chu_dijon)  <-  " in written
    assert written.count("all conclusions listed") == 1
    assert main(["test", path]) == 0 and "PASS  " in capsys.readouterr().out


def test_a_file_of_comments_only_still_has_no_expectations(tmp_path, capsys):
    path = _expectations(tmp_path, "# nothing yet\n")
    assert main(["test", path]) == 0
    assert "NO EXPECTATIONS" in capsys.readouterr().out


# F5. A merger absorbs current members only: a member absorbed by an earlier merger (or one of the same day, earlier
# in the file) is neither absorbed again nor the member another merger absorbs into (validate.py, exit 2 at the
# offending merger's line, naming the earlier one).

_THREE = ('groupement g "GCS Test" {\n  as of 2008-06-30\n  approved 2006-03-15\n'
          + "".join(f'  member {m} "CH {m.upper()}" {{\n    kind health_establishment\n    sector public\n'
                    f'    rights {r}\n  }}\n' for m, r in (("a", 40), ("b", 30), ("c", 30))))


def _mergers(*lines):
    return gcs.loads(_THREE + "".join(f"  {x}\n" for x in lines) + "}\n", path="<mergers>")


@pytest.mark.parametrize("lines, message", [
    (("merger a of b on 2007-01-01", "merger b of a on 2007-01-01"),
     "<mergers>:20:3: the merger into 'b' on 2007-01-01: 'b' had ceased to be a member on 2007-01-01, absorbed into "
     "'a' by the merger of line 19; expected a merger into a current member or a new establishment"),
    (("merger a of b on 2007-01-01", "merger b of a on 2007-06-01"),
     "<mergers>:20:3: the merger into 'b' on 2007-06-01: 'b' had ceased to be a member on 2007-01-01, absorbed into "
     "'a' by the merger of line 19; expected a merger into a current member or a new establishment"),
    (("merger a of b on 2007-01-01", "merger c of b on 2007-06-01"),
     "<mergers>:20:3: the merger into 'c' on 2007-06-01 absorbs 'b', which had ceased to be a member on 2007-01-01, "
     "absorbed into 'a' by the merger of line 19; expected a merger of current members"),
    (("merger c of b on 2007-06-01", "merger a of b on 2007-01-01"),  # in date order, not the file's
     "<mergers>:19:3: the merger into 'c' on 2007-06-01 absorbs 'b', which had ceased to be a member on 2007-01-01, "
     "absorbed into 'a' by the merger of line 20; expected a merger of current members"),
])
def test_a_merger_of_a_member_already_absorbed_is_refused(lines, message):
    with pytest.raises(gcs.ScenarioError) as caught:
        _mergers(*lines)
    assert " ".join(str(caught.value).split()) == message


def test_a_chain_of_mergers_of_current_members_is_accepted():
    r = gcs.reason(_mergers("merger a of b on 2007-01-01", "merger c of a on 2007-06-01"))
    assert r.holds("member(c)") and not r.holds("member(a)") and not r.holds("member(b)")


def test_the_command_line_refuses_a_merger_of_a_member_absorbed_with_its_line(tmp_path):
    path = tmp_path / "m.gcs"
    path.write_text(_THREE + "  merger a of b on 2007-01-01\n  merger c of b on 2007-06-01\n}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), GCS_REASONER_SERVER="0")
    done = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "check", str(path)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.startswith(f"{path}:20:3: the merger into 'c' on 2007-06-01 absorbs 'b'")


# F6. Minor messages: (a) check_files([None]) is a TypeError as reason_all's message (not a file named "None");
# (b) `test` on a folder whose .gcs is a named pipe says what `check` says; (c) why-not on a value the file declares
# nowhere says so first, with the nearest conclusions drawn.

@pytest.mark.parametrize("bad", [None, 3, True])
def test_check_files_refuses_what_is_not_a_path(bad, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "None").write_text("not read", encoding="utf-8")  # a file named "None" is not read
    with pytest.raises(TypeError, match=rf"paths\[0\]={bad!r}: expected the path of a file \(str or os.PathLike\), "
                                        rf"not {type(bad).__name__}"):
        gcs.check_files([bad])
    assert str(gcs.reason_all([None])[0]).endswith("expected the path of a file (str or os.PathLike), not NoneType")


def test_check_files_reads_a_path_given_as_bytes():
    [(path, doc)] = list(gcs.check_files([os.fsencode(str(ROOT / QUORUM))], jobs=1))
    assert path == str(ROOT / QUORUM) and "error" not in doc and doc["conclusions"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_test_on_a_folder_whose_gcs_is_a_named_pipe_says_so(tmp_path, capsys):
    os.mkfifo(tmp_path / "p.gcs")
    fifo = "cannot read the file: it is a named pipe (FIFO); expected a readable UTF-8 text file"
    for arg in (str(tmp_path), str(tmp_path / "p.gcs")):
        assert main(["test", arg]) == 2
        captured = capsys.readouterr()
        assert f"ERROR  {tmp_path / 'p.gcs'}: {fifo}" in captured.err, captured.err
        assert "no .gcs file in this folder" not in captured.err
    assert main(["check", str(tmp_path / "p.gcs")]) == 2 and fifo in capsys.readouterr().err  # what check says
    (tmp_path / "q.gcs").write_text(Path(ROOT / QUORUM).read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["test", str(tmp_path)]) == 2  # the anchor: the regular file beside it is tested
    assert f"NO EXPECTATIONS  {tmp_path / 'q.gcs'}" in capsys.readouterr().out


def test_why_not_says_first_that_a_value_is_declared_nowhere():
    r = gcs.reason(gcs.load(QUORUM))
    out = r.why_not("member(zz)", lang="en")
    lines = out.text().splitlines()
    assert lines[0] == "member(zz) does not hold"
    assert lines[1].startswith("  'zz' is declared nowhere in the file (no member, assembly or other element of that "
                               "name) and is no value of the rules: member(zz) cannot hold for it; did you mean ")
    assert "'member(chu_dijon)'" in lines[1] or "'member(ch_semur)'" in lines[1]
    assert out.failures  # the rules' failures follow
    fr = r.why_not("member(zz)").text().splitlines()[1]
    assert fr.startswith("  'zz' n'est déclaré nulle part dans le dossier")
    # a value the file declares, or one the rules name, gets no such note (anchors: their why-not still explains)
    for q in ("deliberation_valid(ag1, d1)", "dissolution_required(single_member)", "tacit_approval(_, _)"):
        said = r.why_not(q, lang="en")
        assert "declared nowhere" not in said.text() and (said.failures or said.holds or said.note), q


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the search runs in this process where there is no fork")
def test_what_would_a_crash_of_the_search_is_ours(monkeypatch):
    r = gcs.reason(gcs.load(QUORUM))

    def crash(ctl):
        os.kill(os.getpid(), signal.SIGTERM)  # (not SIGSEGV: pytest's faulthandler would print its stack)

    monkeypatch.setattr(cf, "_ground", crash)
    with pytest.raises(RuntimeError, match="ended by signal"):
        r.what_would_make("deliberation_valid(ag1, d1)", time_limit=5)
