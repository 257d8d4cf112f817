"""The calendar functions the rules call (`@add_days(D, N)`, `@year_end(Y)`, ...), on `d(Y,M,D)`
terms: given to clingo as the context of every grounding (reasoning.py, batching.py).

A function given what is not a date where it takes one (or not a number where it takes one), or
whose result is out of the calendar, has no value: it returns no term (an empty list, which clingo
reads as no instance), so the instance of the rule that asks for it does not exist. The file's
dates are checked when it is read; a query's are not all (why-not binds the head's variables to
the values asked: `withdrawal_effective(b, x)`), and an atom that asks a date function of a
constant is not established, rather than a crash of the grounding."""

from __future__ import annotations

from datetime import date
from functools import wraps


class _Undefined(Exception):
    """A calendar function has no value for these arguments (the module's doc)."""


def _is_number(sym) -> bool:
    import clingo

    return sym.type == clingo.SymbolType.Number


def calendar_date(sym) -> date | None:
    """The day a term d(Y, M, D) names, or None: another term (a constant, a number, a string,
    d(2007, 13, 1)), or a day out of Python's calendar (years 1 to 9999)."""
    import clingo

    if sym.type != clingo.SymbolType.Function or sym.name != "d" or len(sym.arguments) != 3 \
            or not all(_is_number(a) for a in sym.arguments):
        return None
    try:
        return date(*(a.number for a in sym.arguments))
    except (ValueError, OverflowError):
        return None


def _day(make, *args):
    """date(...) or date + timedelta, _Undefined out of the calendar."""
    try:
        return make(*args)
    except (ValueError, OverflowError):
        raise _Undefined from None


def _pure(method):
    """A calendar function, which the grounder calls once for each instance of a rule that uses it,
    computed once per arguments (read by their interned representations): a 3,000-member file asks
    for 8,955 vote and debt shares, which are 20 distinct fractions."""
    cache: dict = {}

    @wraps(method)
    def call(self, *args):
        k = tuple(a._rep for a in args)
        found = cache.get(k)
        if found is None:
            if len(cache) > 1 << 16:  # a long session: start again rather than grow
                cache.clear()
            try:
                found = method(self, *args)
            except _Undefined:  # not a date or a number where one is taken, or out of the calendar
                found = []
            cache[k] = found
        return found

    return call


class Calendar:
    """Calendar arithmetic for the rules (`@year_end(Y)`, ...), on `d(Y,M,D)` terms: pure functions
    of their arguments (`_pure`)."""

    @staticmethod
    def _date(sym) -> date:
        found = calendar_date(sym)
        if found is None:
            raise _Undefined
        return found

    @staticmethod
    def _number(sym) -> int:
        if not _is_number(sym):
            raise _Undefined
        return sym.number

    @staticmethod
    def _sym(x: date):
        import clingo

        return clingo.Function("d", [clingo.Number(x.year), clingo.Number(x.month), clingo.Number(x.day)])

    @_pure
    def add_days(self, d_, n):
        from datetime import timedelta

        x, k = self._date(d_), self._number(n)
        return self._sym(_day(lambda: x + timedelta(days=k)))

    @_pure
    def months_before(self, d_, n):
        """The date n months before d_ (day clamped to the month's end: 31 Dec - 6 months = 30 June)."""
        x = self._date(d_)
        months = x.year * 12 + (x.month - 1) - self._number(n)
        y, m = divmod(months, 12)
        return self._sym(_day(lambda: date(y, m + 1, min(x.day, _month_days(y, m + 1)))))

    @_pure
    def add_years(self, d_, n):
        """The n-th anniversary of d_: the same day n years later; 29 February's, in a common year, is
        1 March. The rules use it as the first day out of a term of n years from d_ (R6133-15, « nommé
        pour une durée de trois ans »): the term runs to the day before, so one elected on 29 February
        2008 is in office through 28 February 2011, three whole years, as one elected on 1 March 2006
        is through 28 February 2009 (clamped to 28 February, the term lost its last day)."""
        x = self._date(d_)
        y = x.year + self._number(n)
        if x.day > _day(lambda: _month_days(y, x.month)):
            return self._sym(_day(lambda: date(y, x.month + 1, 1)))  # only 29 February: 1 March
        return self._sym(_day(lambda: date(y, x.month, x.day)))

    @_pure
    def first_year_end(self, notified, months, not_before):
        """The first 31 December on or after `not_before` that is at least `months`
        months after `notified` (R6133-5: withdrawal at the end of a budget year)."""
        n, start = self._date(notified), self._date(not_before)
        self._number(months)
        y = start.year
        while True:
            end = _day(lambda: date(y, 12, 31))  # past year 9999: no value
            before = self.months_before(self._sym(end), months)
            if before == []:
                raise _Undefined
            if self._date(before) >= n:
                return self._sym(end)
            y += 1

    @_pure
    def fraction(self, n, d_):
        """n / d_ in lowest terms, as the term fraction(N, D) (D > 0): two shares compare
        exactly, with Python integers, whatever their sizes (R / RT != B / BT without
        the 32-bit products R * BT and B * RT)."""
        import clingo
        from math import gcd

        a, b = self._number(n), self._number(d_)
        if b < 0:
            a, b = -a, -b
        k = gcd(a, b) or 1
        return clingo.Function("fraction", [clingo.Number(a // k), clingo.Number(b // k)])

    @_pure
    def share_above(self, r, rt, b, bt):
        """1 when the share r / rt is greater than the share b / bt (rt, bt > 0), else 0: compared
        exactly with Python integers (r * bt > b * rt without 32-bit products), for a share of the
        rights above the largest share of the basis a member can have (R6133-6 of 2006 al. 3,
        R6133-2 of 2010, when the basis of some member is not stated)."""
        import clingo

        a, x, c, y = (self._number(v) for v in (r, rt, b, bt))
        if x <= 0 or y <= 0:
            raise _Undefined
        return clingo.Number(1 if a * y > c * x else 0)

    @_pure
    def year(self, d_):
        import clingo

        return clingo.Number(self._date(d_).year)


def _month_days(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]
