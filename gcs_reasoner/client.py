"""The console script, and the caller's side of the warm server (server.py).

`gcs-reasoner ...` runs `run()`: it hands the command line to the warm server
of this environment when one listens (`forward`), else does the work itself
(`cli.main`) and starts the server for the next run. A run the server takes
spends its own time on starting Python and on this module only, so this module
loads nothing it can do without: no package module but `_bytecode` (through the
package's `__init__`), the C modules of sockets and signals rather than their
Python wrappers (whose enumerations take milliseconds to build), and the
request written with `marshal` (the server is this same interpreter: its
socket's name says so).

The socket's name is a digest of everything the answer depends on besides the
file (`key`): this package's files, the rules, the Python interpreter and its
installed packages, the interpreter's own settings (`PYTHON*`) and the locale.
"""

from __future__ import annotations

import _socket
import os
import sys

ENV = "GCS_REASONER_SERVER"  # "0": every run does its own work; "require": a run no server takes fails
IDLE_ENV = "GCS_REASONER_SERVER_IDLE"  # seconds without a request before the server stops
IDLE = 600.0
CONNECT_TIMEOUT = 1.0  # a server that does not take the work within this: the run does it itself
HEADER_SIZE = 5  # a message: its kind (one byte), and a number (a length, a pid or a status), 4 bytes
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
STANDARD_FILES = (0, 1, 2)


def header(kind: bytes, number: int) -> bytes:
    return kind + number.to_bytes(4, "big")


def unpack(data: bytes) -> tuple[bytes, int]:
    return data[:1], int.from_bytes(data[1:HEADER_SIZE], "big")


def enabled(environ=os.environ) -> bool:
    return (environ.get(ENV, "1") != "0" and sys.platform != "win32" and hasattr(_socket, "AF_UNIX")
            and hasattr(_socket, "SCM_RIGHTS") and hasattr(_socket.socket, "sendmsg"))


def required(environ=os.environ) -> bool:
    """`GCS_REASONER_SERVER=require`: a run the server does not take fails instead of doing the work
    itself (the benchmark and the tests, to be sure of what they measure)."""
    return environ.get(ENV) == "require"


def unix_socket():
    return _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)


# --- which server: the digest of what the answer depends on ---------------------------


def _rules_dir() -> str:
    """program.rules_dir(), without importing pathlib: rules/ of the source tree, else the installed copy."""
    tree = os.path.dirname(PACKAGE_DIR)
    if os.path.isdir(os.path.join(tree, "rules")) and os.path.isfile(os.path.join(tree, "pyproject.toml")):
        return os.path.join(tree, "rules")
    return os.path.join(PACKAGE_DIR, "rules")


def _stamps(folder: str, out: list) -> None:
    """(path, modification time, size) of every file under `folder` (compiled code left out)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                if e.name != "__pycache__":
                    _stamps(e.path, out)
            else:
                st = e.stat()
                out.append(f"{e.path}\0{st.st_mtime_ns}\0{st.st_size}")
        except OSError:
            out.append(f"{e.path}\0?")


def key(environ=os.environ) -> str:
    """The digest naming the server that may answer for this run (module doc)."""
    from ._bytecode import sha256

    # sys.path but its first entry (the script's folder, or the working folder with -m)
    parts = [sys.executable, sys.version, repr(sys.flags), repr(sys._xoptions), PACKAGE_DIR, repr(sys.path[1:])]
    # the interpreter's settings, and the locale, which sets the encoding of files opened without one
    # at its start
    parts += sorted(f"{k}={v}" for k, v in environ.items()
                    if k.startswith(("PYTHON", "LC_")) or k in ("LANG", "LANGUAGE", IDLE_ENV))
    # the interpreter's library and the folders of installed packages: installing or removing one
    # changes its folder's time
    for d in sorted({os.path.dirname(os.__file__), *(p for p in sys.path[1:] if p.endswith("-packages"))}):
        try:
            parts.append(f"{d}\0{os.stat(d).st_mtime_ns}")
        except OSError:
            pass
    _stamps(PACKAGE_DIR, parts)
    _stamps(_rules_dir(), parts)
    return sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def socket_path(environ=os.environ) -> str | None:
    """Where the server of this run listens: `server/<key>.sock` in the first cache folder this
    user owns (user_cache) where the path is not too long for a socket, or None."""
    from . import user_cache

    for base in user_cache.folders():
        folder = os.path.join(base, "server")
        try:
            os.makedirs(base, mode=0o700, exist_ok=True)
            if not user_cache.owned(base):
                continue  # another user could have put a socket there
            os.makedirs(folder, mode=0o700, exist_ok=True)
        except OSError:
            continue
        if not user_cache.owned(folder):
            continue
        path = os.path.join(folder, key(environ) + ".sock")
        if len(os.fsencode(path)) < 100:  # the longest path a socket may have (about 104 to 108 bytes)
            return path
    return None


# --- the caller's side ----------------------------------------------------------------


def run() -> None:
    """The console script: the work handed to the warm server when one is listening, else done here
    (`cli.run_here`), and the server started for the next run."""
    try:
        plug_stdout()  # before any file is opened: a closed descriptor 1 would be the next one
        argv = sys.argv[1:]
        own = argv[:1] == ["server"]  # `server stop|status` is never forwarded
        status = None if own else forward(argv)
        if status is None and not own and required():
            print(f"gcs-reasoner: no server took the work ({ENV}=require)", file=sys.stderr)
            os._exit(1)
        if status is None:
            from .cli import run_here

            run_here(own)  # never returns
    except KeyboardInterrupt:  # Ctrl-C before the work started (cli.main says it once started)
        print("gcs-reasoner: interrupted", file=sys.stderr)
        os._exit(130)
    os._exit(status)


def plug_stdout() -> None:
    """A closed standard output (`>&-`): descriptor 1 is given /dev/null opened for reading only, and
    `sys.stdout` (None then) a writer on it. Every write then fails (EBADF) where the output is
    written, as a full disk's does, and is said as such (cli.output_failed: exit 2); without the
    plug, the next file opened (the server's socket, the `.gcs` read) would have become the output,
    or `print` would have written nothing and said nothing."""
    try:
        os.fstat(1)
        return
    except OSError:
        pass
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
    except OSError:
        return
    if fd != 1:
        os.dup2(fd, 1)
        os.close(fd)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)


def stdout_writable() -> bool:
    """Whether descriptor 1 is open for writing (not closed, not the plug above)."""
    try:
        import fcntl

        mode = fcntl.fcntl(1, fcntl.F_GETFL) & os.O_ACCMODE
    except ImportError:  # no fcntl (Windows): open is all that can be told
        try:
            os.fstat(1)
            return True
        except OSError:
            return False
    except OSError:
        return False
    return mode in (os.O_WRONLY, os.O_RDWR)


def forward(argv: list[str]) -> int | None:
    """Run the command line in the server: its exit status, or None when no server took the work
    (the caller then does it itself)."""
    if not enabled():
        return None
    try:
        path = socket_path()
        if path is None:
            return None
        conn = unix_socket()
        conn.settimeout(CONNECT_TIMEOUT)
        conn.connect(path)
        payload = _request(argv)
        # the caller's standard files themselves go with the request (SCM_RIGHTS)
        fds = b"".join(fd.to_bytes(4, sys.byteorder) for fd in STANDARD_FILES)
        conn.sendmsg([header(b"R", len(payload))], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, fds)])
        conn.sendall(payload)
        kind, pid = read_header(conn)
        if kind != b"P":
            conn.close()
            return None
        conn.sendall(b"G")  # from here, the work is the server's: no second run by the caller
    except (OSError, ValueError):
        return None
    return _wait(conn, pid)


# The caller's resource limits the server's copy takes on (a time or memory limit put on a run
# holds for its work).
LIMITS = ("RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_RSS")


def _request(argv: list[str]) -> bytes:
    import marshal

    streams = [(getattr(s, "encoding", None) or "utf-8", getattr(s, "errors", None) or "strict")
               for s in (sys.stdin, sys.stdout, sys.stderr)]
    umask = os.umask(0o022)
    os.umask(umask)
    limits = {}
    try:
        import resource

        for name in LIMITS:
            if hasattr(resource, name):
                limits[name] = resource.getrlimit(getattr(resource, name))
    except (ImportError, OSError, ValueError):
        pass
    return marshal.dumps({"argv": list(argv), "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask,
                          "streams": streams, "limits": limits})


def _wait(conn, pid: int) -> int:
    """The exit status the server's copy sends; Ctrl-C and termination are passed on to it. A copy
    that ended without sending one (killed) ends the wait, even when another process still holds
    the connection open: the copy's end is watched (`_Copy`), not only the connection's."""
    import _signal

    passed = []

    def pass_on(signum, frame):
        passed.append(signum)
        try:
            os.kill(pid, signum)
        except OSError:
            pass

    for signum in (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP):
        _signal.signal(signum, pass_on)
    copy = _Copy(pid)
    kind = None
    while True:
        try:
            if copy.ended(conn):  # what it sent before it ended is read without waiting
                conn.setblocking(False)
            else:
                conn.settimeout(None)
            kind, status = read_header(conn)
            break
        except InterruptedError:
            continue
        except (OSError, ValueError):
            kind = None
            break
    copy.close()
    if kind != b"S":
        ending = [s for s in passed if s != _signal.SIGINT]
        if ending:  # the copy ended by the termination passed on: this run ends as it would have alone
            _signal.signal(ending[-1], _signal.SIG_DFL)
            os.kill(os.getpid(), ending[-1])
        print("gcs-reasoner: internal error: the server's process ended without an exit status",
              file=sys.stderr)
        return 1
    return status


class _Copy:
    """The end of the server's copy doing this run's work: a process descriptor (pidfd) where the
    system has one, else its pid looked at twice a second. The pid is the copy's in the server's
    view, the same as the caller's: the server runs as this user on this machine (the Ctrl-C passed
    on by pid rests on it too)."""

    POLL = 0.5

    def __init__(self, pid: int):
        self.pid, self.fd = pid, None
        try:
            self.fd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            pass

    def ended(self, conn) -> bool:
        """Wait until the connection has something to read (True: the copy has ended, read what
        it left without waiting; False: read it as it comes)."""
        import select

        watched = [conn] if self.fd is None else [conn, self.fd]
        while True:
            try:
                ready, _, _ = select.select(watched, [], [], self.POLL if self.fd is None else None)
            except InterruptedError:
                continue
            if self.fd is not None and self.fd in ready:
                return True
            if conn in ready:
                return False
            if self.fd is None and not self._exists():
                return True

    def _exists(self) -> bool:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            pass
        return True

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def read_header(conn) -> tuple[bytes, int]:
    data = b""
    while len(data) < HEADER_SIZE:
        more = conn.recv(HEADER_SIZE - len(data))
        if not more:
            raise ValueError("connection closed")
        data += more
    return unpack(data)


def start_in_background() -> None:
    """Start the server of this run, if the server is on and none is listening; never waits."""
    if not enabled():
        return
    try:
        path = socket_path()
        if path is None or (os.path.exists(path) and not clear_stale(path)):
            return  # a server listens there (or starts: it links its socket there listening already)
        import subprocess

        # the caller's interpreter options (-O, -X utf8, ...), and the package's folder first on the
        # path: the server imports this very copy of the package (it checks)
        subprocess.Popen([sys.executable, *subprocess._args_from_interpreter_flags(), "-m", "gcs_reasoner.server",
                          path, PACKAGE_DIR],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True, close_fds=True, cwd=os.path.dirname(PACKAGE_DIR))
    except (OSError, ValueError):
        pass


def _probe(path: str) -> str:
    """What a connection to `path` tells: "answers" (a server listens), "refused" (nothing listens:
    a dead server's socket), or "unknown" (no socket, or a server busy past the wait)."""
    probe = unix_socket()
    probe.settimeout(CONNECT_TIMEOUT)
    try:
        probe.connect(path)
        return "answers"
    except ConnectionRefusedError:
        return "refused"
    except OSError:
        return "unknown"
    finally:
        probe.close()


def is_running(path: str) -> bool:
    """A server answers on `path`."""
    return _probe(path) == "answers"


def clear_stale(path: str) -> bool:
    """Remove the socket at `path` if nothing listens on it (its server died without removing it:
    killed with SIGKILL, out of memory): True if removed. Only a refused connection tells that: a
    server busy past the second of waiting keeps its socket. A server binds its socket under another
    name and links it into place once listening (server._listen): no server being born is taken for dead."""
    if _probe(path) != "refused":
        return False
    try:
        os.unlink(path)
        return True
    except OSError:
        return False


def stop(environ=os.environ) -> bool:
    """Stop the server of this environment (`gcs-reasoner server stop`): True if one was running."""
    path = socket_path(environ)
    if path is None or not os.path.exists(path) or clear_stale(path):
        return False
    try:
        conn = unix_socket()
        conn.settimeout(CONNECT_TIMEOUT)
        conn.connect(path)
        conn.sendall(header(b"Q", 0))
        read_header(conn)
        return True
    except (OSError, ValueError):
        return False
