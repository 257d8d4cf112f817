"""One-off migration (issue 9): a rule guarded by in_force("A", "V", X) that cites
provisions of A@V asks in_force_id("Id", X) for each of them instead, and cites
the later provisions that repeat them (the inventory's same_as), so that it
applies under every version that repeats its text and under no other.

    python tools/reuse_same_as.py rules/membership/*.lp   # rewrites in place

Semantics on the dates of the cited version are unchanged; on later dates the
rule applies exactly where every cited provision is repeated. Each rewritten
rule must still be reviewed: a repeated text can sit in a changed context.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gcs_reasoner import law  # noqa: E402

ID_RE = re.compile(r"^%\s+((?:[LR]\d{4}-\d+(?:-\d+)?)@\d{4}-\d{2}-\d{2}(?:\.[0-9A-Za-z]+)*)\s*(?:\(.*\))?\s*$")
GUARD_RE = re.compile(r'(?<!not )in_force\("([^"]+)",\s*"([^"]+)",\s*([A-Z][A-Za-z0-9_]*)\)')

later: dict[str, list[str]] = {}
for p in law.provisions():
    if p.same_as:
        later.setdefault(p.same_as, []).append(p.id)


def successors(pid):
    out = []
    for q in later.get(pid, []):
        out.append(q)
        out.extend(successors(q))
    return out


def rewrite(text: str) -> tuple[str, int]:
    lines = text.split("\n")
    out, comments, n = [], [], 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("%"):
            comments.append(line)
            i += 1
            continue
        if not line.strip() or line.startswith("#"):
            out.extend(comments)
            comments = []
            out.append(line)
            i += 1
            continue
        stmt = [line]
        while not stmt[-1].rstrip().endswith(".") and i + 1 < len(lines):
            i += 1
            stmt.append(lines[i])
        i += 1
        body = "\n".join(stmt)
        cited = [m.group(1) for c in comments if (m := ID_RE.match(c))]
        changed = False

        def repl(m):
            nonlocal changed
            art, ver, var = m.groups()
            own = [c for c in cited if c.startswith(f"{art}@{ver}")]
            if not own:
                return m.group(0)
            changed = True
            return ", ".join(f'in_force_id("{c}", {var})' for c in own)

        new_body = GUARD_RE.sub(repl, body)
        if changed:
            n += 1
            new_comments = []
            for c in comments:
                new_comments.append(c)
                m = ID_RE.match(c)
                if m and m.group(1) in cited:
                    for q in successors(m.group(1)):
                        if q not in cited and f"% {q}" not in "\n".join(comments):
                            new_comments.append(f"% {q} (same as {law.provision(q).same_as})")
            comments = new_comments
        out.extend(comments)
        comments = []
        out.extend(new_body.split("\n"))
    out.extend(comments)
    return "\n".join(out), n


if __name__ == "__main__":
    for f in sys.argv[1:]:
        p = Path(f)
        new, n = rewrite(p.read_text(encoding="utf-8"))
        if n:
            p.write_text(new, encoding="utf-8")
        print(f"{f}: {n} rules")
