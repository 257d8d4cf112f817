"""From the syntax tree to the dataclasses: the administrator's deputy, the
restricted committee and the supervisory board (part 2).

`deputy`, `administrator_unavailable`, `committee`, `delegation`, `challenge`,
`rights_change` and `board_member` statements
(docs/scenario-language-2009-today.md, section 1; facts: docs/facts-part2.md).
`committee_meeting` blocks are built with assemblies (build_assemblies.py).
"""

from __future__ import annotations

from .build_base import BuilderBase, _tokpos, _treepos
from .parse import _Error
from .scenario import (
    AdministratorUnavailable,
    Attr,
    BoardMember,
    Challenge,
    Committee,
    Delegation,
    Deputy,
    RightsChange,
)


class CommitteeStatements(BuilderBase):
    def deputy(self, tree) -> Deputy:
        who, elected, *clauses = tree.children
        dep = Deputy(_treepos(tree), self.ref(who), self.date(elected))  # a member: an associate is an error
        for clause in clauses:
            if clause.data == "by_clause":
                dep.by = self.delib_ref(clause.children[0])
            else:
                dep.until, dep.indefinite = self.term(clause)
        return dep

    def administrator_unavailable(self, tree) -> AdministratorUnavailable:
        start, *until = tree.children
        return AdministratorUnavailable(_treepos(tree), self.date(start),
                                        self.date(until[0].children[0]) if until else None)

    def committee(self, tree) -> Committee:
        names, elected, by, *until = tree.children
        self.no_repeat(names.children, "member")
        return Committee(
            _treepos(tree), [Attr(_tokpos(t), self.ref(t)) for t in names.children], self.date(elected),
            self.delib_ref(by), self.date(until[0].children[0]) if until else None,
        )

    def delegation(self, tree) -> Delegation:
        to, *rest = tree.children
        matters = [m for m in rest if getattr(m, "data", None) == "matter"]
        by = next(x for x in rest if getattr(x, "data", None) == "delib_ref")
        until = [x for x in rest if getattr(x, "data", None) == "until_clause"]
        self.no_repeat([m.children[0] for m in matters], "matter")
        return Delegation(
            _treepos(tree), self.word(to), [Attr(_treepos(m), self.word(m)) for m in matters], self.delib_ref(by),
            self.date(until[0].children[0]) if until else None,
        )

    def challenge(self, tree) -> Challenge:
        who, of, when, *answered = tree.children
        return Challenge(_treepos(tree), self.ref(who), self.delib_ref(of, "committee_meeting"), self.date(when),
                         self.date(answered[0].children[0]) if answered else None)

    def rights_change(self, tree) -> RightsChange:
        who, value, when, by, ground = tree.children
        n = self.integer(value, "a whole number (the member's new percentage)")
        if n < 0:
            raise _Error(_tokpos(value), f"negative number {value} for rights_change; "
                                         "expected a whole number, zero or more (the member's new percentage)")
        return RightsChange(_treepos(tree), self.ref(who), n, self.date(when), self.delib_ref(by), self.word(ground))

    def board_member(self, tree) -> BoardMember:
        name, category, *clauses = tree.children
        bm = BoardMember(_treepos(tree), self.string(name), self.word(category))
        for clause in clauses:
            if clause.data == "appointed_by_clause":
                bm.appointed_by = self.word(clause.children[0])
            else:
                bm.user_representative = True
        return bm
