"""A warm process for the command line: the rules, the parser and the law's texts loaded once.

Starting Python, importing clingo and this package, and reading the rules cost a
fresh `gcs-reasoner` about 180 ms before the first rule is ground: most of a
small file's check. So, as Gradle and mypy's daemon do, the command line hands
its work to a process that has all of it loaded:

- The first `gcs-reasoner` run does its work itself, then starts that process in
  the background (`python -m gcs_reasoner.server`). It loads everything, then
  waits on a socket in the user's cache folder (`user_cache`: a folder only this
  user may write; the socket itself is the user's only, and the server checks
  the caller's user id).
- Each later run (client.py: the console script) connects and sends its
  arguments, its working folder, its environment and its standard input,
  output and error themselves (the file descriptors, over the socket). The
  server forks a copy of itself that takes them on (with the caller's time
  zone, umask and resource limits), runs `cli.main` exactly as the run would
  have, and sends back the exit status. The output never passes through the
  server: it is written to the caller's own files, terminal or pipes. Ctrl-C
  on the caller is passed on; a caller that ends (killed) ends its copy, and a
  copy that ends (killed by the termination passed on) ends the caller's wait
  and its own workers (pool.py), which never hold the connection. The
  copy is made ahead of the request and has reasoned once on a warm-up file
  (`_Spare`).
- The socket's name is a digest of everything the answer depends on besides
  the file (`client.key`): this package's files, the rules, the Python
  interpreter and its installed packages, the interpreter's own settings
  (`PYTHON*`) and the locale. Editing a rule or upgrading clingo names another
  socket: a new server; the old one stops after `GCS_REASONER_SERVER_IDLE`
  seconds without a request (600).
- Anything that goes wrong before the server's copy has started the work (no
  server, a socket that does not answer within a second, a folder another user
  could write) makes the run do the work itself. `GCS_REASONER_SERVER=0` turns
  the server off (the tests do, but for the tests of this module);
  `gcs-reasoner server stop` stops the current one, `gcs-reasoner server status` says
  whether it runs; `GCS_REASONER_SERVER=require` makes a run that no server takes fail
  (to measure or test the server itself).

Where the system cannot pass file descriptors (Windows), there is no server.
"""

from __future__ import annotations

import os
import socket
import struct
import sys

from .client import HEADER_SIZE, IDLE, IDLE_ENV, PACKAGE_DIR, clear_stale, header, is_running, unpack


def warm_up() -> None:
    """Load what any command builds on, so that each request's copy starts with it: the rules,
    the parser, the law's texts, the rules written for batches of files, the modules of every command
    and renderer (and of what a request loads on its way: the temporary folder, the decoder of the
    files read), and one small file reasoned on and written out (clingo's and the renderers' first-use costs)."""
    import encodings.utf_8_sig  # noqa: F401
    import tempfile  # noqa: F401

    from . import batching, cli, cli_commands, cli_folder  # noqa: F401
    from . import counterfactual, coverage, expectations, periods, whatif, whynot, whynot_eval, whynot_rules  # noqa: F401
    from .parse import warm_up as parser_warm_up
    from .program import load_program
    from .reasoning import warm_up as reasoning_warm_up
    from .render import batch, json_out, words  # noqa: F401

    cli._parser()
    parser_warm_up(every_state=True)  # a copy's first file needs states the warm-up file does not
    reasoning_warm_up(load_program())
    batching.warm_up(load_program())  # a folder's batches, and the workers forked for them, start with it
    whynot_rules.signatures(load_program())  # the predicates of the law, read from every rule (`why-not`: 0.9 s)
    _warm_up_errors()
    _prime()


def _warm_up_errors() -> None:
    """Load what saying what is wrong with a file needs: lark's parser and its tables, which the
    parser of well-formed files does without (about 90 ms of a copy's first ill-formed file)."""
    from .parse import ScenarioError, parse_text

    for text in ("x\n", 'groupement g "G" {\n  member a\n}\n'):
        try:
            parse_text(text, "<warm-up>")
        except ScenarioError:
            pass


_WARM_UP_FILE = """\
groupement warm_up "Warm-up" {
  as of 2008-06-30
  approved 2006-03-15
  member a "A" { kind health_establishment sector public rights 1 }
  member b "B" { kind health_establishment sector private rights 1 }
  administrator a elected 2006-03-20
}
"""


def serve(path: str, idle: float) -> None:
    """Listen on `path` until `idle` seconds pass without a request (and no copy is at work)."""
    import signal
    import time

    listener = _listen(path)
    if listener is None:
        return
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))  # the socket removed on the way out
    _prune(path)
    children: set[int] = set()
    spare = _Spare()
    last = time.monotonic()
    try:
        while True:
            _reap(children)
            spare.keep(listener, at_work=bool(children))
            # while a copy works, wake up often: its end is when the next spare may be made
            listener.settimeout(0.02 if children and not spare.pid else min(idle, 5.0))
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                if not children and time.monotonic() - last >= idle:
                    return
                if not os.path.exists(path):  # the socket was removed: stop
                    return
                continue
            except InterruptedError:
                continue
            last = time.monotonic()
            if not _same_user(conn):
                conn.close()
                continue
            conn.settimeout(5.0)
            try:
                first = conn.recv(HEADER_SIZE, socket.MSG_PEEK)
            except OSError:
                conn.close()
                continue
            if not first:  # a probe (is_running): nothing to do
                conn.close()
                continue
            if first[:1] == b"Q":
                conn.sendall(header(b"S", 0))
                conn.close()
                return
            pid = spare.hand_over(conn)
            if pid is None:
                pid = os.fork()
                if pid == 0:
                    listener.close()
                    spare.forget()
                    _child(conn)  # never returns
            children.add(pid)
            conn.close()
    finally:
        spare.stop()
        listener.close()
        try:
            if os.path.exists(path) and os.stat(path).st_ino == _bound_inode.get(path):
                os.unlink(path)
        except OSError:
            pass


class _Spare:
    """A copy of the server made ahead of the next request, that has already reasoned on the warm-up
    file once: the pages a request writes to (reference counts, caches filled on first use) are
    its own already, instead of being copied one by one while the caller waits (about 10 ms of a
    small file's 60). It takes a request only once it says it is ready; until then, and if it
    died, a request gets a new copy as before. With one processor, it is made when no copy is at
    work, so that its warm-up never slows a caller's."""

    def __init__(self):
        self.pid = 0
        self.sock = None
        self.ready = False
        self.alone = len(os.sched_getaffinity(0)) < 2 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) < 2

    def keep(self, listener, at_work: bool) -> None:
        """Make a spare if there is none (and, alone on one processor, no copy at work)."""
        if self.pid:
            try:
                done, _ = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                done = self.pid
            if done:  # died: make another
                self.forget()
        if self.pid or (self.alone and at_work):
            return
        ours, theirs = socket.socketpair()
        try:
            pid = os.fork()
        except OSError:
            ours.close()
            theirs.close()
            return
        if pid == 0:
            ours.close()
            listener.close()
            _spare(theirs)  # never returns
        theirs.close()
        self.pid, self.sock, self.ready = pid, ours, False

    def hand_over(self, conn):
        """The pid of the spare that took `conn`, or None (no spare ready)."""
        if not self.pid:
            return None
        if not self.ready:
            try:
                self.ready = self.sock.recv(1, socket.MSG_DONTWAIT) == b"R"
            except (BlockingIOError, InterruptedError):
                return None
            except OSError:
                self.ready = False
            if not self.ready:
                return None
        pid = self.pid
        try:
            socket.send_fds(self.sock, [b"C"], [conn.fileno()])
        except OSError:
            self.stop()
            return None
        self.sock.close()
        self.pid, self.sock, self.ready = 0, None, False
        return pid

    def forget(self) -> None:
        """This process's side of the spare closed (a new copy of the server, or a dead spare)."""
        if self.sock is not None:
            self.sock.close()
        self.pid, self.sock, self.ready = 0, None, False

    def stop(self) -> None:
        """The spare ends, and is waited for (it has no caller yet: nothing is lost)."""
        import signal

        pid = self.pid
        self.forget()
        if pid:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except OSError:
                pass


def _spare(sock) -> None:
    """A spare copy: reason on the warm-up file, say ready, wait for a caller's connection (or the
    server's end), then serve it as any copy does."""
    try:
        import signal

        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            _prime()
        except Exception:  # noqa: BLE001 - a spare that could not warm up still serves
            pass
        sock.sendall(b"R")
        msg, fds, _, _ = socket.recv_fds(sock, 1, 1)
        if msg != b"C" or len(fds) != 1:
            os._exit(0)
        sock.close()
        conn = socket.socket(fileno=fds[0])
        conn.settimeout(5.0)  # as the server set it (the descriptor is non-blocking: the object must know)
    except BaseException:  # noqa: BLE001 - never back into the server's loop
        os._exit(0)
    _child(conn)  # never returns


def _prime() -> None:
    """What a request does first, done by a spare ahead of it (the warm-up file, reasoned on and
    written out as JSON and as text)."""
    from .parse import parse_text
    from .reasoning import free_spent, prepare, reason
    from .render import json_out, text

    result = reason(parse_text(_WARM_UP_FILE, "<warm-up>"), explain=True)
    json_out.as_dict(result)
    text.render(result)
    free_spent()
    prepare(result.program, common_rules(result.program))  # the next file's first statements given to clingo


_COMMON: dict = {}  # id(program) -> common_rules(program)


def common_rules(program) -> frozenset:
    """The rules any file keeps (selection.guess): those kept by a file that says nothing but its
    `as of`, on the first day of each version of the texts from 2006 (law.COVERED_FROM), found in
    every one. A file says more, so keeps more (the guess only grows with the facts and the dates);
    a file before 2006 may keep fewer, and is given the others too (reasoning.prepare: harmless, a
    little more grounding)."""
    found = _COMMON.get(id(program))
    if found is None:
        from . import law, selection
        from .facts import scenario_facts
        from .parse import parse_text

        kept = None
        for on in sorted({v.from_ for v in law.text_versions() if v.from_ >= law.COVERED_FROM}):
            scenario = parse_text(f'groupement g "G" {{\n  as of {on.isoformat()}\n}}\n', "<warm-up>")
            rules = selection.guess(program, scenario_facts(scenario, scenario.groupement.as_of.value))
            kept = rules if kept is None else kept & rules
        found = _COMMON[id(program)] = frozenset(kept)
    return found


_bound_inode: dict = {}


def _prune(path: str) -> None:
    """Remove the sockets of servers that died without removing theirs (killed, machine stopped)."""
    folder = os.path.dirname(path)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        other = os.path.join(folder, name)
        if name.endswith(".sock") and other != path:
            clear_stale(other)  # only a refused connection: a busy server keeps its socket


def _listen(path: str):
    """A socket listening at `path`, or None when another server already listens there. It is bound
    under a name of its own, then linked to `path` once listening: a socket at `path` that refuses
    a connection is a dead server's for sure (client.clear_stale removes it), never one being born."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    own = os.path.join(os.path.dirname(path), f".{os.getpid()}.listening")  # short: a socket's path has a limit
    try:
        if os.path.lexists(own):
            os.unlink(own)
        listener.bind(own)
        os.chmod(own, 0o600)
        listener.listen(32)
        try:
            os.link(own, path)  # never over another server's socket
        except FileExistsError:
            if is_running(path):
                listener.close()
                return None  # another server answers
            os.unlink(path)  # left by a server that died
            os.link(own, path)
    except OSError:
        listener.close()
        return None
    finally:
        try:
            os.unlink(own)
        except OSError:
            pass
    _bound_inode[path] = os.stat(path).st_ino
    return listener


def _same_user(conn) -> bool:
    """The caller runs as this user (SO_PEERCRED where the system has it; the socket's folder and
    mode already keep others out)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        _, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    except OSError:
        return False
    return uid == os.getuid()


def _reap(children: set) -> None:
    for pid in list(children):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            children.discard(pid)


def _child(conn) -> None:
    """The server's copy for one request: takes on the caller's files, folder and environment,
    runs the command line, sends the exit status, ends."""
    status = 1
    try:
        import marshal
        import signal

        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        msg, fds, _, _ = socket.recv_fds(conn, HEADER_SIZE, 3)
        kind, size = unpack(msg)
        if kind != b"R" or len(fds) != 3:
            os._exit(1)
        payload = b""
        while len(payload) < size:
            more = conn.recv(size - len(payload))
            if not more:
                os._exit(1)
            payload += more
        request = marshal.loads(payload)  # written by this same interpreter (client._request)
        conn.sendall(header(b"P", os.getpid()))
        if conn.recv(1) != b"G":  # the caller gave up waiting: it does the work itself
            os._exit(0)
        conn.settimeout(None)
        # the processes this copy forks (the workers of `--jobs`) do not hold the caller's
        # connection: its end is the copy's end, which the caller waits for (client._wait)
        os.register_at_fork(after_in_child=conn.close)
        _watch(conn)
        _take_on(request, fds)
        status = _run(request["argv"])
    except BaseException:  # noqa: BLE001 - whatever happens, the caller gets a status
        status = 1
    try:
        conn.sendall(header(b"S", status & 0xFFFFFFFF))
    except OSError:
        pass
    try:  # the caller has its answer: the rules that applied to its file, for the next request
        if "gcs_reasoner.selection_memory" in sys.modules:
            sys.modules["gcs_reasoner.selection_memory"].write()
    except BaseException:  # noqa: BLE001 - a cache not written only costs time
        pass
    os._exit(0)


def _watch(conn) -> None:
    """End this copy if the caller goes (killed, interrupted for good): its work is no one's, and the
    caller's output, which this copy holds open, must close with it. The caller sends nothing more
    once it has said go; the connection ends only when it does."""
    import _thread

    def watch():
        try:
            conn.recv(1)
        except OSError:
            pass
        os._exit(1)

    # not threading.Thread: its start() waits until the thread runs (up to milliseconds)
    _thread.start_new_thread(watch, ())


def _take_on(request: dict, fds: list) -> None:
    """The caller's standard files, working folder, environment and umask, as the process's own."""
    import time

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    (in_enc, in_err), (out_enc, out_err), (err_enc, err_err) = request["streams"]
    sys.stdin = open(0, "r", encoding=in_enc, errors=in_err, closefd=False)
    sys.stdout = open(1, "w", encoding=out_enc, errors=out_err, closefd=False)
    sys.stderr = open(2, "w", encoding=err_enc, errors=err_err, closefd=False, buffering=1)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    if hasattr(time, "tzset"):
        time.tzset()  # `as of` today: the caller's time zone
    import tempfile

    tempfile.tempdir = None  # read again from the caller's TMPDIR
    os.umask(request["umask"])
    try:
        import resource
    except ImportError:
        return
    for name, (soft, hard) in request.get("limits", {}).items():
        which = getattr(resource, name, None)
        try:
            if which is not None and resource.getrlimit(which) != (soft, hard):
                resource.setrlimit(which, (soft, hard))
        except (OSError, ValueError):
            pass  # a limit above the server's own: the server's holds


def _run(argv: list[str]) -> int:
    """cli.main as `cli.run` calls it, with its output flushed."""
    from .cli import main
    from .collector import off_for_this_command

    off_for_this_command()
    sys.argv = ["gcs-reasoner", *argv]
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse: usage errors (2), --help (0)
        code = exc.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if not isinstance(code, (int, type(None))):
            print(code, file=sys.stderr)
    except KeyboardInterrupt:
        print("gcs-reasoner: interrupted", file=sys.stderr)
        status = 130
    from .cli import _cannot_write, output_failed

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError as exc:  # the end of the output could not be written: said, as cli.run_here does
            if stream is sys.stdout and output_failed(exc) and not status:
                status = _cannot_write(exc)
        except Exception:  # noqa: BLE001 - a closed pipe: nothing more to say
            pass
    return status if isinstance(status, int) else 1


def _main(argv: list[str]) -> int:
    """`python -m gcs_reasoner.server SOCKET PACKAGE_DIR` (started by `start_in_background`)."""
    if len(argv) != 2 or argv[1] != PACKAGE_DIR:
        return 2  # started for another copy of the package: let that one start its own
    try:
        idle = float(os.environ.get(IDLE_ENV, IDLE))
    except ValueError:
        idle = IDLE
    warm_up()
    from . import selection_memory

    selection_memory.write()  # the warm-up's kinds: written once, not again by each copy
    import gc

    # what is loaded now lives as long as the server: the collector need not walk it again, and a
    # copy that did would write to each of its pages (a forked copy shares them until written)
    gc.collect()
    gc.freeze()
    serve(argv[0], idle)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
