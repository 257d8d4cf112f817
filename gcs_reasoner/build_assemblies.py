"""From the syntax tree to the dataclasses: the administrator and assemblies.

The `administrator` statement, `assembly` blocks and their deliberations and
votes; `committee_meeting` blocks (part 2), which hold the same statements
plus `minutes_sent`.
"""

from __future__ import annotations

from .build_base import _ANY_MEMBER, BuilderBase, _tokpos, _treepos, proxy_contradiction, voted_twice
from .parse import _Error
from .scenario import Administrator, Assembly, Attr, CommitteeMeeting, Deliberation, Proxy, Vote

# `of` in a deliberation (part 1: admission, exclusion; part 2 adds the other two)
_OF_MATTERS = ("admission", "exclusion", "authorisation_request", "committee_challenge")
_OF_SHOWN = ("'of M' only for admission and exclusion, 'of A' for authorisation_request and 'of K.D' for "
             "committee_challenge")
# `year YYYY` in a deliberation (part 2): the year the deliberation concerns
_YEAR_MATTERS = ("budget", "accounts", "activity_report")


class AssemblyStatements(BuilderBase):
    def administrator(self, tree) -> Administrator:
        who, elected, *clauses = tree.children
        # part 2 (section 10): the administrator must be a member; an associate is an error
        adm = Administrator(_treepos(tree), self.ref(who), self.date(elected))
        for clause in clauses:
            if clause.data == "by_clause":
                adm.by = self.delib_ref(clause.children[0])
            elif clause.data == "term_clause":
                adm.until, adm.indefinite = self.term(clause)
            else:
                setattr(adm, clause.data, True)
        return adm

    def term(self, clause):
        """`until DATE` | `indefinite` -> (until, indefinite)."""
        (c,) = clause.children
        if getattr(c, "data", None) == "indefinite":
            return None, True
        return self.date(c), False

    def assembly(self, tree) -> Assembly:
        ident_tok, when, *statements = tree.children
        committee = tree.data == "committee_meeting"
        category = "committee_meeting" if committee else "assembly"
        ident = self.declare(ident_tok, category)
        cls = CommitteeMeeting if committee else Assembly
        asm = cls(_treepos(tree), ident, self.date(when))
        seen: dict = {}
        delibs: dict = {}
        where = f"committee meeting {ident}" if committee else f"assembly {ident}"
        for st in statements:
            pos = _treepos(st)
            c = st.children
            if st.data not in ("proxy", "deliberation", "agenda"):
                self.once(seen, st.data, pos, where)
            if st.data == "convened_on":
                asm.convened_on = Attr(pos, self.date(c[0]))
                if len(c) > 1:
                    convener = c[1]
                    who = convener.children[0]
                    value = self.ref(who, _ANY_MEMBER) if isinstance(who, str) else "administrator"
                    asm.convened_by = Attr(pos, value)
            elif st.data == "urgent":
                asm.urgent = Attr(pos, True)
            elif st.data == "requested_by":
                names = c[0].children
                self.no_repeat(names, "member")
                asm.requested_by = [Attr(_tokpos(t), self.ref(t)) for t in names]
            elif st.data == "reconvenes":
                noun = "committee meeting" if committee else "assembly"
                if str(c[0]) == ident:
                    raise _Error(
                        _tokpos(c[0]), f"{noun} '{ident}' cannot reconvene itself; expected an earlier {noun}"
                    )
                asm.reconvenes = Attr(pos, self.ref(c[0], category))
            elif st.data == "present":
                names = c[0].children
                self.no_repeat(names, "member")
                asm.present = [Attr(_tokpos(t), self.ref(t)) for t in names]
            elif st.data == "proxy":
                if str(c[0]) == str(c[1]):
                    raise _Error(
                        _tokpos(c[1]), f"'{c[0]}' cannot hold its own proxy; expected another member"
                    )
                asm.proxies.append(Proxy(pos, self.ref(c[0]), self.ref(c[1])))
            elif st.data == "deliberation":
                d = self.deliberation(st, ident)
                if d.id in delibs:
                    raise _Error(
                        _tokpos(c[0]),
                        f"duplicate deliberation '{d.id}' in {where} (first at line {delibs[d.id].line})"
                        "; expected a new deliberation id",
                    )
                delibs[d.id] = d.pos
                asm.deliberations.append(d)
            elif st.data == "chaired_by":
                asm.chaired_by = Attr(pos, self.ref(c[0], _ANY_MEMBER) if isinstance(c[0], str) else "administrator")
            elif st.data == "agenda":
                asm.agenda.append(Attr(pos, self.string(c[0])))
            elif st.data == "extraordinary":
                asm.extraordinary = Attr(pos, True)
            elif st.data == "accountant_present":
                asm.accountant_present = Attr(pos, True)
            elif st.data == "minutes_sent":
                asm.minutes_sent = Attr(pos, self.date(c[0]))
        found = proxy_contradiction([(a.value, a.pos) for a in asm.present],
                                    [(x.member, x.holder, x.pos) for x in asm.proxies])
        if found:
            raise _Error(*found)
        return asm

    def deliberation(self, tree, assembly: str) -> Deliberation:
        ident_tok, matter_tree, *rest = tree.children
        matter = self.word(matter_tree)
        d = Deliberation(_treepos(tree), str(ident_tok), matter)
        if rest and getattr(rest[0], "data", None) == "of_clause":
            of_clause = rest.pop(0)
            (target,) = of_clause.children
            is_ref = not isinstance(target, str)  # K.D (a delib_ref tree), not a NAME token
            shown = ".".join(map(str, target.children)) if is_ref else str(target)
            if matter not in _OF_MATTERS:
                raise _Error(
                    _treepos(of_clause),
                    f"'of {shown}' is not allowed for a deliberation on {matter}; expected {_OF_SHOWN}",
                )
            if matter == "committee_challenge":
                if not is_ref:
                    raise _Error(
                        _treepos(of_clause),
                        f"'of {shown}' does not name a committee deliberation; "
                        "expected 'committee_challenge of K.D' (a committee meeting and one of its deliberations)",
                    )
                d.challenges = self.delib_ref(target, "committee_meeting")
            elif is_ref:
                what = "M" if matter in ("admission", "exclusion") else "A"
                raise _Error(
                    _treepos(of_clause),
                    f"'of {shown}' is not allowed for a deliberation on {matter}; expected '{matter} of {what}'",
                )
            elif matter == "authorisation_request":
                d.of = self.ref(target, "authorisation")
            else:
                d.of = self.ref(target)
        elif matter in ("admission", "exclusion"):
            raise _Error(
                _treepos(matter_tree),
                f"a deliberation on {matter} must say which member it concerns; "
                f"expected '{matter} of M'",
            )
        elif matter == "committee_challenge":
            raise _Error(
                _treepos(matter_tree),
                "a deliberation on committee_challenge must say which committee deliberation it concerns; "
                "expected 'committee_challenge of K.D'",
            )
        if rest and getattr(rest[0], "data", None) == "year_clause":
            year_clause = rest.pop(0)
            if matter not in _YEAR_MATTERS:
                raise _Error(
                    _treepos(year_clause),
                    f"'year {year_clause.children[0]}' is not allowed for a deliberation on {matter}; "
                    "expected 'year YYYY' only for budget, accounts and activity_report",
                )
            d.year = self.year(year_clause.children[0])
        voted: list = []  # (member, position) of each vote, in the order written
        seen: dict = {}
        for st in rest:
            pos = _treepos(st)
            if st.data == "ground":
                self.once(seen, "ground", pos, f"deliberation {assembly}.{d.id}")
                d.ground = Attr(pos, self.word(st.children[0]))
                continue
            choice = self.word(st.children[0])
            names = st.children[1].children
            if choice == "heard":
                self.no_repeat(names, "member")
                d.heard.extend(Attr(_tokpos(t), self.ref(t)) for t in names)
                continue
            for t in names:
                voted.append((str(t), _tokpos(t)))
                d.votes.append(Vote(_tokpos(t), self.ref(t), choice))
        found = voted_twice(voted)
        if found:
            raise _Error(*found)
        return d
