"""The text of an edited scenario: each what-if change (whatif.py) made in the `.gcs` text, as
one would make it by hand, so that the edited scenario is read again by the language.

An edited scenario is the parse of this text (whatif.edit): its explanations, its memo and its
why-nots quote the edited lines, and a change the language would refuse (a removed assembly
that another `reconvenes`, a removed member whose contribution stays) is refused with the
language's own message, whatever the order of the changes.

The text is changed at the positions of its parse tree (lalr.py keeps them): a value is
replaced in place, a name is added to or removed from its list, a new statement goes on a line
of its own before the `}` of its block (beside the other statements of a block written on one
line). A removed statement leaves its lines empty: every other statement keeps its line, so a
message on the edited text names the lines of the file. `without line N` counts the lines of
the scenario given to `edit`, before any of its changes.
"""

from __future__ import annotations

BLOCKS = ("groupement", "member", "associate", "convention", "assembly", "committee_meeting",
          "ars_decision", "deliberation")
VOTES = ("for", "against", "abstain")


def _start(node) -> int:
    return node.meta.start_pos if hasattr(node, "meta") else node.start_pos


def _end(node) -> int:
    return node.meta.end_pos if hasattr(node, "meta") else node.end_pos


def _line(node) -> int:
    return node.meta.line if hasattr(node, "meta") else node.line


def _is_tree(node) -> bool:
    return hasattr(node, "data")


def _word(tree) -> str:
    """The word of a `!rule` tree (`vote_choice`, `sector_value`): its token."""
    return str(tree.children[0]) if _is_tree(tree) else str(tree)


class TextEdit:
    """The text being edited, and the lines inserted so far (for `without line N`)."""

    def __init__(self, text: str):
        self.text = text
        self.inserted: list[int] = []  # the (current) line of each inserted line, in order

    # --- the tree -------------------------------------------------------------------
    def groupement(self):
        from .parse import _parse_tree

        return _parse_tree(self.text).children[0]

    def _brace(self, block) -> int:
        """The offset of the `{` that opens a block (the first one outside a string or a comment)."""
        i, t = _start(block), self.text
        while True:
            ch = t[i]
            if ch == '"':
                i = t.index('"', i + 1)
            elif ch == "#":
                i = t.find("\n", i)
            elif ch == "{":
                return i
            i += 1

    def statements(self, block) -> list:
        brace = self._brace(block)
        return [c for c in block.children if _is_tree(c) and _start(c) > brace]

    def find(self, block, data, ident=None) -> list:
        return [c for c in self.statements(block) if c.data == data and (ident is None or str(c.children[0]) == ident)]

    def assembly(self, ident: str):
        found = self.find(self.groupement(), "assembly", ident)
        return found[0] if found else None

    def member(self, ident: str):
        g = self.groupement()
        found = self.find(g, "member", ident) + self.find(g, "associate", ident)
        return found[0] if found else None

    # --- splices ----------------------------------------------------------------------
    def replace(self, node, new: str) -> None:
        self.text = self.text[:_start(node)] + new + self.text[_end(node):]

    def remove(self, start: int, end: int) -> None:
        """Leave out text[start:end], keeping its line ends; a line left blank is made empty."""
        t = self.text
        gone = t[start:end]
        self.text = t[:start] + "\n" * gone.count("\n") + t[end:]
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", start + gone.count("\n"))
        last = len(self.text) if last < 0 else last
        lines = self.text[first:last].split("\n")
        self.text = self.text[:first] + "\n".join(x if x.strip() else "" for x in lines) + self.text[last:]

    def remove_node(self, node) -> None:
        self.remove(_start(node), _end(node))

    def insert(self, block, statement: str) -> None:
        """A new statement in a block: on a line of its own before the `}`, or beside the other
        statements of a block written on one line."""
        t = self.text
        close = _end(block) - 1
        assert t[close] == "}", (t[close - 20:close + 1], block.data)
        line_start = t.rfind("\n", 0, close) + 1
        before = t[line_start:close]
        if not before.strip():
            self.text = t[:line_start] + before + "  " + statement + "\n" + t[line_start:]
            self.inserted.append(t.count("\n", 0, line_start) + 1)
        else:
            pad = "" if before.endswith((" ", "\t")) else " "
            self.text = t[:close] + pad + statement + " " + t[close:]

    def add_name(self, names, ident: str) -> None:
        """`ident` at the end of a name list."""
        last = names.children[-1]
        self.text = self.text[:_end(last)] + ", " + ident + self.text[_end(last):]

    def remove_name(self, statement, names, ident: str) -> None:
        """`ident` out of a name list (the whole statement when it was its only name)."""
        toks = names.children
        i = next(k for k, x in enumerate(toks) if str(x) == ident)
        if len(toks) == 1:
            self.remove_node(statement)
        elif i > 0:
            self.remove(_end(toks[i - 1]), _end(toks[i]))
        else:
            self.remove(_start(toks[0]), _start(toks[1]))

    def current_line(self, line: int) -> int:
        for at in self.inserted:
            if at <= line:
                line += 1
        return line

    # --- the changes (whatif.Change) ----------------------------------------------------
    def apply(self, change) -> None:
        k, a = change.kind, change.args
        if k in ("present", "absent", "proxy", "no_proxy", "convened_on"):
            asm = self.assembly(a[0])
            if k == "present":
                st = self.find(asm, "present")
                if not st:
                    self.insert(asm, f"present {a[1]}")
                elif a[1] not in [str(x) for x in st[0].children[0].children]:
                    self.add_name(st[0].children[0], a[1])
            elif k == "absent":
                st = self.find(asm, "present")
                if st and a[1] in [str(x) for x in st[0].children[0].children]:
                    self.remove_name(st[0], st[0].children[0], a[1])
            elif k in ("proxy", "no_proxy"):
                old = self.find(asm, "proxy", a[1])
                for p in reversed(old[1:] if k == "proxy" else old):  # from the end: the offsets stay
                    self.remove_node(p)
                if k == "proxy":
                    if old:
                        self.replace(old[0].children[1], a[2])
                    else:
                        self.insert(self.assembly(a[0]), f"proxy {a[1]} to {a[2]}")
            else:
                st = self.find(asm, "convened_on")
                if st:
                    self.replace(st[0].children[0], a[1].isoformat())
                else:
                    self.insert(asm, f"convened_on {a[1].isoformat()}")
        elif k == "vote":
            self._vote(*a)
        elif k == "withdrawal":
            notices = self._notices(a[0], a[2] if len(a) > 2 else None)
            if notices:
                self.replace(notices[0].children[1], a[1].isoformat())
            else:
                self.insert(self.groupement(), f"withdrawal {a[0]} notified {a[1].isoformat()}")
        elif k == "no_withdrawal":
            for w in reversed(self._notices(a[0], a[1] if len(a) > 1 else None)):
                self.remove_node(w)
        elif k == "declared_nature":
            g = self.groupement()
            st = self.find(g, "declared_nature")
            if a[0] is None:
                for x in reversed(st):
                    self.remove_node(x)
            elif st:
                self.replace(st[0].children[0], a[0])
            else:
                self.insert(g, f"declared_nature {a[0]}")
        elif k == "member":
            m = self.member(a[0])
            st = self.find(m, a[1])
            value = str(a[2])
            if st:
                self.replace(st[0].children[0], value)
            else:
                self.insert(m, f"{a[1]} {value}")
        elif k == "without":
            self._without(self.current_line(int(a[0])))

    def _notices(self, member: str, notified) -> list:
        out = self.find(self.groupement(), "withdrawal", member)
        if notified is not None:
            out = [w for w in out if str(w.children[1]) == notified.isoformat()]
        return out

    def _deliberation(self, assembly: str, ident: str):
        return self.find(self.assembly(assembly), "deliberation", ident)[0]

    def _vote(self, assembly: str, delib: str, member: str, choice) -> None:
        d = self._deliberation(assembly, delib)
        for v in reversed(self.find(d, "vote_list")):
            if _word(v.children[0]) in VOTES and member in [str(x) for x in v.children[1].children]:
                self.remove_name(v, v.children[1], member)
        if choice is None:
            return
        d = self._deliberation(assembly, delib)
        same = [v for v in self.find(d, "vote_list") if _word(v.children[0]) == choice]
        if same:
            self.add_name(same[-1].children[1], member)
        else:
            self.insert(d, f"{choice} {member}")

    def _without(self, line: int) -> None:
        """Every statement that begins on `line` (with its block), and every item of a list
        (`present a, b`, `mentions …`) written on that line, left out; a statement all of whose
        words but its keyword are on that line goes too (`present` with no name is not a statement)."""
        spans: list[tuple[int, int]] = []
        t = self.text

        def comma_between(x, y) -> bool:
            return t[_end(x):_start(y)].strip() == ","

        def leaves(node):
            for c in node.children:
                if _is_tree(c):
                    yield from leaves(c)
                else:
                    yield c

        def items(node):
            """The items of node's comma lists on `line`, as spans (with their commas)."""
            kids = node.children
            for c in kids:
                if _is_tree(c):
                    items(c)
            runs, run = [], [0] if kids else []
            for i in range(1, len(kids)):
                if comma_between(kids[i - 1], kids[i]):
                    run.append(i)
                else:
                    runs.append(run)
                    run = [i]
            runs.append(run)
            for run in runs:
                if len(run) < 2:
                    continue
                gone = [i for i in run if _line(kids[i]) == line]
                if not gone:
                    continue
                kept = [i for i in run if i not in gone]
                for i in gone:  # each item with the comma before it, the first one with the comma after it
                    if i == run[0] or (kept and i < kept[0]):
                        nxt = next(k for k in run if k > i)
                        spans.append((_start(kids[i]), _start(kids[nxt])))
                    else:
                        prev = max(k for k in run if k < i)
                        spans.append((_end(kids[prev]), _end(kids[i])))

        def visit(block):
            for st in self.statements(block):
                if _line(st) == line:
                    spans.append((_start(st), _end(st)))
                elif st.meta.line < line <= st.meta.end_line:
                    if st.data in BLOCKS:
                        visit(st)
                    elif all(x.line == line for x in leaves(st)):
                        spans.append((_start(st), _end(st)))
                    else:
                        items(st)

        visit(self.groupement())
        for start, end in reversed(_merge(spans)):
            self.remove(start, end)


def _merge(spans: list) -> list:
    out: list = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def edited_text(text: str, changes: list) -> str:
    """`text` with the changes (whatif.Change, already checked against the scenario) made."""
    ed = TextEdit(text)
    for c in changes:
        ed.apply(c)
    return ed.text


def edited_path(path: str) -> str:
    """The name of an edited scenario: its file's, said to be edited."""
    path = str(path)
    return path if path.endswith(" (edited)") else f"{path} (edited)"

