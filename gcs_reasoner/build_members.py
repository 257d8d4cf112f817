"""From the syntax tree to the dataclasses: members and their contributions.

`member` and `associate` blocks, `contribution` and `participation` statements.
"""

from __future__ import annotations

from .build_base import _ANY_MEMBER, BuilderBase, _tokpos, _treepos, bad_rights, empty_name
from .parse import _Error
from .parse_errors import _FUNDING, _FUNDING_SHOWN, _suggest
from .scenario import Attr, Contribution, Member, Participation


class MemberStatements(BuilderBase):
    def member(self, tree) -> Member:
        ident_tok, name, *attrs = tree.children
        associate = tree.data == "associate"
        ident = self.declare(ident_tok, tree.data)
        m = Member(_treepos(tree), ident, self.string(name), associate=associate)
        message = empty_name(m.name, tree.data, ident)  # every sentence about the member names it
        if message:
            raise _Error(_tokpos(name), message)
        seen: dict = {}
        where = f"{tree.data} {ident}"
        for a in attrs:
            pos = _treepos(a)
            self.once(seen, a.data, pos, where)
            c = a.children
            if a.data == "kind":
                m.kind = Attr(pos, self.word(c[0]))
            elif a.data == "sector":
                m.sector = Attr(pos, self.word(c[0]))
            elif a.data == "region":
                m.region = Attr(pos, self.string(c[0]))
            elif a.data == "rights":
                n = self.integer(c[0], "a positive integer")
                message = bad_rights(n)
                if message:
                    raise _Error(_tokpos(c[0]), message)
                m.rights = Attr(pos, n)
            elif a.data == "joined":
                m.joined = Attr(pos, self.date(c[0]))
            elif a.data == "individual":
                m.individual = Attr(pos, True)
            elif a.data == "contract_with":
                if c[0].type == "NAME":
                    if str(c[0]) == ident:
                        raise _Error(
                            _tokpos(c[0]),
                            f"'{ident}' cannot have a contract with itself; expected a private establishment",
                        )
                    m.contract_with = Attr(pos, ("member", self.ref(c[0], _ANY_MEMBER)))
                else:
                    m.contract_with = Attr(pos, ("name", self.string(c[0])))
            elif a.data == "authorised":
                m.authorised = Attr(pos, self.date(c[0]))
            elif a.data == "procedure":
                m.procedure = Attr(pos, self.word(c[0]))
            elif a.data == "funding":
                if str(c[0]) not in _FUNDING:
                    raise _Error(_tokpos(c[0]), f"unknown value '{c[0]}' for funding; expected {_FUNDING_SHOWN}"
                                                f"{_suggest(str(c[0]), _FUNDING)}")
                m.funding = Attr(pos, str(c[0]))
            # part 2
            elif a.data == "profession":
                m.profession = Attr(pos, self.word(c[0]))
            elif a.data == "liberal":
                m.liberal = Attr(pos, True)
            elif a.data == "profit_supplier":
                m.profit_supplier = Attr(pos, self.word(c[0]))
            elif a.data == "eligible_holder":
                m.eligible_holder = Attr(pos, True)
        return m

    def contribution(self, tree) -> Contribution:
        who, form, amount = tree.children
        prop = None
        if len(form.children) > 1:
            prop = self.word(form.children[1])
        return Contribution(_treepos(tree), self.ref(who), str(form.children[0]), prop, self.amount(amount))

    def participation(self, tree) -> Participation:
        who, form, amount, *clauses = tree.children
        p = Participation(_treepos(tree), self.ref(who), self.word(form), self.amount(amount))
        for clause in clauses:
            if clause.data == "year_clause":
                p.year = self.year(clause.children[0])
            else:
                p.valued = self.word(clause.children[0])
        return p
