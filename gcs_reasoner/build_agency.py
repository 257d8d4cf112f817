"""From the syntax tree to the dataclasses: authorisations and the director general (part 2).

`authorisation`, `operates`, `tariff_option`, `ars_decision` blocks and their
acts, and the groupement's `reply` to a decision
(docs/scenario-language-2009-today.md, sections 1 and 2; facts: docs/facts-part2.md).
"""

from __future__ import annotations

from .build_base import BuilderBase, _tokpos, _treepos
from .parse import _Error
from .parse_errors import _TARIFF, _TARIFF_SHOWN, _suggest
from .scenario import ArsAct, ArsDecision, Attr, Authorisation, Operates, Reply

# acts with one authorisation id
_AUTHORISATION_ACTS = ("grants", "modifies", "withdraws", "not_renews")
# acts with nothing after the word
_BARE_ACTS = ("erects", "withdraws_billing", "withdraws_status", "suppresses")
# acts `WORD until DATE`
_UNTIL_ACTS = ("asks_avenant", "injunction", "extension")


class AgencyStatements(BuilderBase):
    def tariff_word(self, token, what: str) -> str:
        """`abc` | `d` (read as a NAME, as `funding`'s letters)."""
        v = str(token)
        if v not in _TARIFF:
            raise _Error(_tokpos(token), f"unknown value '{v}' for {what}; expected {_TARIFF_SHOWN}"
                                         f"{_suggest(v, _TARIFF)}")
        return v

    def authorisation(self, tree) -> Authorisation:
        ident_tok, kind, label, holder, *clauses = tree.children
        ident = self.declare(ident_tok, "authorisation")
        (h,) = holder.children
        who = self.ref(h) if isinstance(h, str) else "groupement"
        au = Authorisation(_treepos(tree), ident, self.word(kind), self.string(label), who)
        for clause in clauses:
            value = self.date(clause.children[0])
            if clause.data == "granted_clause":
                au.granted = value
            elif clause.data == "until_clause":
                au.until = value
            else:
                au.modification_requested = value
        return au

    def operates(self, tree) -> Operates:
        names, site = tree.children
        self.no_repeat(names.children, "authorisation")
        return Operates(_treepos(tree), [Attr(_tokpos(t), self.ref(t, "authorisation")) for t in names.children],
                        self.string(site))

    def tariff_option(self, tree) -> Attr:
        option, received = tree.children
        return Attr(_treepos(tree), (self.tariff_word(option, "tariff_option"), self.date(received)))

    def reply(self, tree) -> Reply:
        decision, when, *flags = tree.children
        r = Reply(_treepos(tree), self.ref(decision, "ars_decision"), self.date(when))
        for flag in flags:
            setattr(r, flag.data, True)
        return r

    def ars_decision(self, tree) -> ArsDecision:
        ident_tok, when, *rest = tree.children
        ident = self.declare(ident_tok, "ars_decision")
        dec = ArsDecision(_treepos(tree), ident, self.date(when))
        seen: dict = {}
        for node in rest:
            c = node.children
            if node.data == "ars_by_clause":
                dec.by = self.word(c[0])
            elif node.data == "notified_clause":
                dec.notified = self.date(c[0])
            elif node.data == "members_notified_clause":
                dec.members_notified = self.date(c[0])
            elif node.data == "published_clause":
                dec.published = self.date(c[0])
            else:
                for act in self.ars_acts(node):
                    key = (act.act, act.value)
                    if key in seen:
                        shown = act.act if act.value is None else f"{act.act} {_shown(act.value)}"
                        raise _Error(act.pos, f"duplicate act '{shown}' in decision {ident} (first at line "
                                              f"{seen[key].line}); expected each act once in a decision")
                    seen[key] = act.pos
                    dec.acts.append(act)
        return dec

    def ars_acts(self, node) -> list[ArsAct]:
        """The acts of one ACT statement (`transfers a, b` gives one act per category)."""
        kind = node.data
        pos = _treepos(node)
        c = node.children
        if kind in ("approves", "refuses"):
            if len(c) == 1 and isinstance(c[0], str):  # avenant V
                return [ArsAct(pos, kind, ("avenant", self.ref(c[0], "avenant")))]
            return [ArsAct(pos, kind, self.word(c[0]))]
        if kind in _AUTHORISATION_ACTS:
            return [ArsAct(pos, kind, self.ref(c[0], "authorisation"))]
        if kind in _BARE_ACTS:
            return [ArsAct(pos, kind)]
        if kind in _UNTIL_ACTS:
            return [ArsAct(pos, kind, self.date(c[0]))]
        if kind == "tariff_scale":
            return [ArsAct(pos, kind, self.tariff_word(c[0], "tariff_scale"))]
        if kind == "authorises_billing":
            act = ArsAct(pos, kind)
            if c:
                act.defence_agreement = self.date(c[0].children[0])
            return [act]
        if kind == "sets_budget":
            return [ArsAct(pos, kind, self.year(c[0]))]
        if kind == "transfers":
            self.no_repeat([w.children[0] for w in c], "category")
            return [ArsAct(_treepos(w), kind, self.word(w)) for w in c]
        if kind == "finding":
            return [ArsAct(pos, kind, self.word(c[0]))]
        if kind == "dissolves":
            return [ArsAct(pos, kind, reasoned=bool(c))]
        raise _Error(pos, f"internal error: unhandled act {kind}")  # pragma: no cover


def _shown(value) -> str:
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return str(value)
