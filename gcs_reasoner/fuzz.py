"""Fuzzing the reader and the reasoner (issue 7): the long run a developer starts by hand.

    python -m gcs_reasoner.fuzz [--seconds 300] [--seed 1] [--out fuzz-out] [--timeout 20]

The property, for every input: the whole pipeline of `gcs-reasoner check FILE
--format json` ends with a result (exit 0, one JSON object of the output
contract on standard output, nothing on standard error) or with one located
message (exit 2, nothing on standard output, one line `FILE:LINE:COL: message`
on standard error, or `FILE...: cannot read the file: ...`); never a
traceback, an exception escaping, an exit 1, an "internal error", a hang over
the time limit; and the same input gives the same output.

Inputs (fuzz_inputs.py) are mutations of every example file (`facts/*.gcs`,
`tests/parse_fixtures/*.gcs`): byte and character flips, tokens and lines
deleted, duplicated, swapped, two files spliced, keywords swapped for other
keywords or identifiers, numbers and dates replaced with extreme ones, odd
encodings (BOM, CRLF, CR only, tabs, NUL, control characters, latin-1,
UTF-16, lone surrogates through `gcs_reasoner.loads`), well-formed statements
with extreme values inserted, and now and then a huge or deep file.

The long run sends each input to two worker processes (different
`PYTHONHASHSEED`, different histories), each under a time limit: their
outputs must agree (determinism), a worker that hangs is killed and the input
recorded. Each failing input is saved under `--out` with its classification,
the first of each kind minimised (lines, then tokens, then characters); the
summary gives the inputs tried, the ok / file_error / bug counts and the
distinct bug signatures.

`tests/test_fuzz.py` runs the same oracle and mutators through hypothesis,
on a small budget, in the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .fuzz_inputs import REPO, Input, huge_inputs, mutate, seeds, tokens


# ---------------------------------------------------------------------------
# The oracle

LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<msg>.+)$")
READ_ERROR = re.compile(r"^(?P<file>.+): cannot read the file: .+$")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass
class Outcome:
    kind: str  # "ok" | "file_error" | "bug"
    exit: Optional[int]
    stdout: str = ""
    stderr: str = ""
    reason: str = ""  # for a bug: what is wrong (the signature's first part)
    detail: str = ""  # for a bug: the exception or the message
    extra: dict = field(default_factory=dict)

    @property
    def signature(self) -> str:
        return f"{self.reason}: {normalise(self.detail)}" if self.kind == "bug" else self.kind

    def key(self) -> tuple:
        return (self.kind, self.exit, self.stdout, self.stderr, self.reason)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "exit": self.exit, "reason": self.reason, "detail": self.detail,
                "signature": self.signature, "stderr": self.stderr[:4000], "stdout_head": self.stdout[:2000],
                **self.extra}


def normalise(text: str) -> str:
    """A message with its numbers, quoted words and paths blurred: one signature per kind of failure."""
    text = text.strip().splitlines()[-1] if text.strip() else ""
    text = re.sub(r"(/[^\s:'\"]+)+", "<path>", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"-?\d+", "N", text)
    return text[:200]


_VALIDATOR = None


def _validator():
    global _VALIDATOR
    if _VALIDATOR is None:
        schema_file = REPO / "docs" / "output.schema.json"
        try:
            import jsonschema

            schema = json.loads(schema_file.read_text(encoding="utf-8"))
            _VALIDATOR = jsonschema.Draft202012Validator(schema)
        except (ImportError, OSError):  # pragma: no cover - installed without the docs or the dev extra
            _VALIDATOR = False
    return _VALIDATOR


def _text_lines(data: Input) -> Optional[list[str]]:
    if isinstance(data, str):
        text = data
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    return file_lines(text)


def file_lines(text: str) -> list:
    """The lines of a text as the parser counts them: CRLF and LF end a line; CR alone only in a file with no LF."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    return text.split("\n") if "\n" in text or "\r" not in text else text.split("\r")


def classify(data: Input, code, out: str, err: str, path: str) -> Outcome:
    """Judge one run of `check PATH --format json` on `data`."""
    def bug(reason, detail=""):
        return Outcome("bug", code, out, err, reason, detail or err or out[:200])

    if not isinstance(code, int):
        return bug("exception escaped", str(code))
    if "Traceback (most recent call last)" in err or "Traceback (most recent call last)" in out:
        return bug("traceback printed", err)
    if "internal error" in err:
        return bug(f"internal error, exit {code}", err)
    if code == 0:
        if err:
            return bug("exit 0 with a message on stderr", err)
        try:
            doc = json.loads(out)
        except ValueError as e:
            return bug("exit 0, stdout not JSON", str(e))
        v = _validator()
        if v:
            errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
            if errors:
                return bug("exit 0, JSON against the schema", errors[0].message)
        return Outcome("ok", 0, out, err)
    if code == 2:
        if out:
            return bug("exit 2 with output on stdout", err)
        if not err.endswith("\n") or "\n" in err[:-1] or "\r" in err:
            return bug("exit 2 with not exactly one line on stderr", err)
        line = err[:-1]
        if _RAW_CONTROL.search(line):
            return bug("message carries a raw control character", repr(_RAW_CONTROL.search(line).group()))
        if READ_ERROR.match(line) and line.startswith(path):
            return Outcome("file_error", 2, out, err)
        m = LOCATED.match(line)
        if not m or not line.startswith(path + ":"):
            return bug("exit 2, message not FILE:LINE:COL: message", line)
        n, col = int(line[len(path) + 1:].split(":")[0]), int(line[len(path) + 1:].split(":")[1])
        if n < 1 or col < 1:
            return bug("exit 2, message not located (line or column 0)", line[len(path):])
        lines = _text_lines(data)
        if lines is not None and n > len(lines):
            return bug("exit 2, location past the end of the file", f"line {n} of {len(lines)}")
        if lines is not None and col > len(lines[n - 1]) + 2:
            return bug("exit 2, column past the end of its line", f"col {col} of {len(lines[n - 1])}")
        return Outcome("file_error", 2, out, err)
    return bug(f"exit {code}", err)


def run_cli(path: str) -> tuple:
    """`gcs-reasoner check PATH --format json` in this process: (exit code or the exception, stdout, stderr)."""
    from .cli import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", path, "--format", "json"])
    except SystemExit as e:  # argparse or an explicit exit
        code = f"SystemExit({e.code!r})"
    except BaseException as e:  # noqa: BLE001 - that is the point
        if isinstance(e, KeyboardInterrupt):
            raise
        code = f"{type(e).__name__}: {e}"
        err.write(traceback.format_exc())
    return code, out.getvalue(), err.getvalue()


def check_file(data: bytes, path: str) -> Outcome:
    """Write `data` to `path`, run the CLI on it and judge the outcome."""
    with open(path, "wb") as f:
        f.write(data)
    code, out, err = run_cli(path)
    return classify(data, code, out, err, path)


def check_text(text: str, path: str = "<fuzz>") -> Outcome:
    """The API on a str (which may hold what no UTF-8 file can, lone surrogates): `loads`, `reason`, the JSON
    document, and its encoding to UTF-8 as the CLI would write it. ScenarioError must carry a location."""
    import gcs_reasoner as gcs
    from .parse import ScenarioError
    from .render.json_out import as_dict

    try:
        scenario = gcs.loads(text, path)
    except ScenarioError as e:
        msg = str(e)
        if "internal error" in msg:
            return Outcome("bug", 2, "", msg, "internal error, exit 2", msg)
        if not (isinstance(e.line, int) and isinstance(e.col, int) and e.line >= 1 and e.col >= 1):
            return Outcome("bug", 2, "", msg, "ScenarioError not located (line or column 0)", msg[len(path):])
        if "\n" in msg or "\r" in msg:
            return Outcome("bug", 2, "", msg, "ScenarioError message over several lines", msg)
        return Outcome("file_error", 2, "", msg + "\n")
    except Exception as e:  # noqa: BLE001
        return Outcome("bug", None, "", traceback.format_exc(), "loads raised something else than ScenarioError",
                       f"{type(e).__name__}: {e}")
    try:
        doc = json.dumps(as_dict(gcs.reason(scenario, explain=True)), ensure_ascii=False, indent=2)
        doc.encode("utf-8")
    except Exception as e:  # noqa: BLE001
        return Outcome("bug", None, "", traceback.format_exc(), "reason or output raised (API)",
                       f"{type(e).__name__}: {e}")
    return Outcome("ok", 0, doc, "")


def check(data: Input, path: str) -> Outcome:
    """The oracle: bytes go through a file and the CLI; a str that UTF-8 can hold too, else through `loads`."""
    if isinstance(data, str):
        try:
            encoded = data.encode("utf-8")
        except UnicodeEncodeError:
            return check_text(data, path)
        return check_file(encoded, path)
    return check_file(data, path)


def check_twice(data: Input, path: str) -> Outcome:
    """The oracle, run twice: the same input must give the same output."""
    first = check(data, path)
    second = check(data, path)
    if first.key() != second.key():
        return Outcome("bug", first.exit, first.stdout, first.stderr, "not deterministic (same process)",
                       f"{first.kind}/{first.exit} then {second.kind}/{second.exit}")
    return first


def diagnose(data: Input, path: str) -> str:
    """Where a failure of ours comes from: the innermost frame of gcs_reasoner in its traceback, if any."""
    import gcs_reasoner as gcs
    from .parse import ScenarioError

    text = data if isinstance(data, str) else data.decode("utf-8-sig", "replace")
    try:
        gcs.reason(gcs.loads(text, path), explain=True)
    except ScenarioError:
        return ""
    except Exception as e:  # noqa: BLE001
        frames = [f for f in traceback.extract_tb(e.__traceback__) if "gcs_reasoner" in f.filename]
        where = frames[-1] if frames else traceback.extract_tb(e.__traceback__)[-1]
        return f"{type(e).__name__} in {Path(where.filename).name}:{where.name}"
    return ""


# ---------------------------------------------------------------------------
# The long run: two guarded workers


def _worker(conn, workdir: str) -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    path = os.path.join(workdir, "input.gcs")
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        op, data = msg
        if op == "check":
            o = check(data, path)
            o.stdout, o.stderr, o.detail = (s.replace(path, "<input>") for s in (o.stdout, o.stderr, o.detail))
            if o.kind == "bug" and o.exit != 0:
                where = diagnose(data, path)
                if where:
                    o.extra["where"] = where
            conn.send(o)


class Worker:
    def __init__(self, hashseed: str):
        import multiprocessing as mp

        self.ctx = mp.get_context("spawn")
        self.hashseed = hashseed
        self.proc = None
        self.start()

    def start(self):
        self.dir = tempfile.mkdtemp(prefix="gcs-fuzz-")
        self.conn, child = self.ctx.Pipe()
        old = os.environ.get("PYTHONHASHSEED")
        os.environ["PYTHONHASHSEED"] = self.hashseed
        try:
            self.proc = self.ctx.Process(target=_worker, args=(child, self.dir), daemon=True)
            self.proc.start()
        finally:
            if old is None:
                os.environ.pop("PYTHONHASHSEED", None)
            else:
                os.environ["PYTHONHASHSEED"] = old
        child.close()

    def send(self, data: Input):
        self.conn.send(("check", data))

    def result(self, timeout: float) -> Outcome:
        try:
            if self.conn.poll(timeout):
                return self.conn.recv()
            self.restart()
            return Outcome("bug", None, reason="hang", detail=f"no result after {timeout:g} s")
        except (EOFError, ConnectionError, OSError):
            code = self.proc.exitcode
            self.restart()
            return Outcome("bug", None, reason="the worker process died", detail=f"exit code {code}")

    def restart(self):
        self.stop()
        self.start()

    def stop(self):
        if self.proc is not None:
            self.proc.kill()  # our own child, by its handle
            self.proc.join(5)
            self.conn.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class Fuzzer:
    def __init__(self, out: Path, timeout: float, cross_check: bool = True):
        self.out = out
        self.timeout = timeout
        self.a = Worker("1")
        self.b = Worker("2") if cross_check else None
        self.counts = {"ok": 0, "file_error": 0, "bug": 0}
        self.bugs: dict[str, dict] = {}
        self.tried = 0

    def close(self):
        for w in (self.a, self.b):
            if w is not None:
                w.stop()

    def run_one(self, data: Input, timeout: Optional[float] = None) -> Outcome:
        timeout = timeout or self.timeout
        self.a.send(data)
        if self.b is not None:
            self.b.send(data)
        o = self.a.result(timeout)
        if self.b is not None:
            o2 = self.b.result(timeout)
            if o.kind != "bug" and o2.kind == "bug":
                o = o2
            elif o.kind != "bug" and o.key() != o2.key():
                o = Outcome("bug", o.exit, o.stdout, o.stderr, "not deterministic (two processes)",
                            f"{o.kind}/{o.exit} then {o2.kind}/{o2.exit}: {_first_difference(o, o2)}")
        return o

    def run_pair(self, x: Input, y: Input) -> list:
        self.a.send(x)
        self.b.send(y)
        return [self.a.result(self.timeout), self.b.result(self.timeout)]

    def record(self, name: str, data: Input, o: Outcome, info: dict) -> None:
        self.tried += 1
        self.counts[o.kind] += 1
        if o.kind != "bug":
            return
        sig = o.signature + (f" [{o.extra['where']}]" if o.extra.get("where") else "")
        entry = self.bugs.setdefault(sig, {"count": 0, "saved": []})
        entry["count"] += 1
        if len(entry["saved"]) >= 3:
            return
        folder = self.out / _slug(sig)
        folder.mkdir(parents=True, exist_ok=True)
        k = len(entry["saved"])
        stem = folder / f"{k}-{_slug(name)[:40]}"
        _write_input(stem, data)
        meta = {"signature": sig, "source": name, **info, **o.as_dict()}
        if k == 0 and o.reason not in ("hang", "the worker process died"):
            small = self.minimise(data, sig)
            if small is not None:
                _write_input(folder / "minimal", small)
                meta["minimal"] = _preview(small)
        stem.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, default=str),
                                             encoding="utf-8")
        entry["saved"].append(str(stem))
        print(f"  bug #{entry['count']}: {sig}\n    saved {stem}", flush=True)

    def same_bug(self, data: Input, sig: str) -> bool:
        self.a.send(data)
        o = self.a.result(self.timeout)
        s = o.signature + (f" [{o.extra['where']}]" if o.extra.get("where") else "")
        return o.kind == "bug" and s == sig

    def minimise(self, data: Input, sig: str, budget: float = 30.0) -> Optional[Input]:
        """Lines, then tokens, then characters removed while the bug stays the same (ddmin, within a budget)."""
        if sig.startswith("not deterministic"):
            return None
        deadline = time.monotonic() + budget
        as_bytes = not isinstance(data, str)
        if as_bytes:
            try:
                cur = data.decode("utf-8")
            except UnicodeDecodeError:
                cur = None
            if cur is None:
                return _ddmin_bytes(data, lambda d: self.same_bug(d, sig), deadline)
        else:
            cur = data
        enc = (lambda s: s.encode("utf-8")) if as_bytes else (lambda s: s)
        for split in (lambda s: s.splitlines(keepends=True), tokens, list):
            parts = split(cur)
            parts = _ddmin(parts, lambda p: self.same_bug(enc("".join(p)), sig), deadline)
            cur = "".join(parts)
            if time.monotonic() > deadline:
                break
        return enc(cur)


def _ddmin(parts: list, still_fails: Callable, deadline: float) -> list:
    n = 2
    while len(parts) >= 2 and time.monotonic() < deadline:
        size = max(1, len(parts) // n)
        reduced = False
        for i in range(0, len(parts), size):
            if time.monotonic() > deadline:
                return parts
            candidate = parts[:i] + parts[i + size:]
            if candidate and still_fails(candidate):
                parts, n, reduced = candidate, max(n - 1, 2), True
                break
        if not reduced:
            if size == 1:
                break
            n = min(len(parts), n * 2)
    return parts


def _ddmin_bytes(data: bytes, still_fails: Callable, deadline: float) -> bytes:
    return bytes(_ddmin(list(data), lambda p: still_fails(bytes(p)), deadline))


def _first_difference(a: Outcome, b: Outcome) -> str:
    for name in ("stdout", "stderr"):
        x, y = getattr(a, name), getattr(b, name)
        if x != y:
            i = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
            return f"{name} differs at {i}: {x[max(0, i - 60): i + 60]!r} / {y[max(0, i - 60): i + 60]!r}"
    return "same text"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80] or "bug"


def _write_input(stem: Path, data: Input) -> None:
    if isinstance(data, str):  # a lone surrogate: kept as the Python literal given to loads
        stem.with_suffix(".loads.txt").write_text(repr(data), encoding="ascii", errors="backslashreplace")
        stem.with_suffix(".gcs").write_bytes(data.encode("utf-8", "surrogatepass"))
    else:
        stem.with_suffix(".gcs").write_bytes(data)


def _preview(data: Input, limit: int = 600) -> str:
    text = data if isinstance(data, str) else data.decode("utf-8", "backslashreplace")
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def long_run(seconds: float, seed: int, out: Path, timeout: float, huge: bool = True,
             cross_check: bool = True, cross_every: int = 4) -> dict:
    """Every example file, the huge inputs, then mutations until `seconds` have passed. One batch in
    `cross_every` sends one input to both workers and compares their outputs; the others keep the two
    workers busy with one input each."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    fz = Fuzzer(out, timeout, cross_check)
    start = time.monotonic()
    print(f"gcs-reasoner fuzz: seed {seed}, {seconds:g} s, {len(seeds())} example files, out {out}", flush=True)
    try:
        # every example file as it is, then its mutations
        for name, text in seeds():
            if time.monotonic() - start > seconds:
                break
            fz.record(name, text.encode("utf-8"), fz.run_one(text.encode("utf-8")), {"mutations": []})
        if huge:
            for name, data, limit in sorted(huge_inputs(), key=lambda h: h[2]):  # the quick ones first
                if limit > (seconds - (time.monotonic() - start)) / 2:
                    print(f"  huge {name}: skipped (its limit, {limit:g} s, is over half the time left)", flush=True)
                    continue
                t0 = time.monotonic()
                o = fz.run_one(data, timeout=limit)
                print(f"  huge {name}: {o.kind} in {time.monotonic() - t0:.1f} s", flush=True)
                fz.record("huge-" + name, data, o, {"huge": name, "limit_s": limit})
        last, batch = time.monotonic(), 0
        while time.monotonic() - start < seconds:
            batch += 1
            items = []
            for _ in range(1 if fz.b is None or batch % cross_every == 0 else 2):
                name, text = rng.choice(seeds())
                data, ops = mutate(rng, text)
                items.append((name, data, {"mutations": ops, "seed_file": name}))
            if len(items) == 1:  # both workers on one input: the outputs must agree
                outcomes = [fz.run_one(items[0][1])]
            else:  # one input each, in parallel
                outcomes = fz.run_pair(items[0][1], items[1][1])
            for (name, data, info), o in zip(items, outcomes):
                fz.record(name, data, o, info)
            if time.monotonic() - last > 30:
                last = time.monotonic()
                print(f"  {fz.tried} inputs, {fz.counts}, {len(fz.bugs)} distinct bugs", flush=True)
    finally:
        fz.close()
    summary = {"seed": seed, "seconds": round(time.monotonic() - start, 1), "inputs": fz.tried, **fz.counts,
               "distinct_bugs": {sig: e["count"] for sig, e in fz.bugs.items()},
               "examples": {sig: e["saved"][0] for sig, e in fz.bugs.items() if e["saved"]}}
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m gcs_reasoner.fuzz", description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=300.0, help="how long to run (default 300)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    p.add_argument("--out", type=Path, default=Path("fuzz-out"), help="folder for failing inputs (default fuzz-out)")
    p.add_argument("--timeout", type=float, default=20.0, help="time limit per input in seconds (default 20)")
    p.add_argument("--no-huge", action="store_true", help="skip the huge and deep files")
    p.add_argument("--single", action="store_true", help="one worker (no cross-process determinism check)")
    args = p.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time()) % 1_000_000
    s = long_run(args.seconds, seed, args.out, args.timeout, not args.no_huge, not args.single)
    print(f"\n{s['inputs']} inputs in {s['seconds']} s (seed {seed}): "
          f"{s['ok']} ok, {s['file_error']} file_error, {s['bug']} bug")
    for sig, n in sorted(s["distinct_bugs"].items(), key=lambda kv: -kv[1]):
        print(f"  {n:6d}  {sig}\n          e.g. {s['examples'].get(sig, '')}")
    print(f"summary: {args.out / 'summary.json'}")
    return 1 if s["bug"] else 0


if __name__ == "__main__":
    sys.exit(main())
