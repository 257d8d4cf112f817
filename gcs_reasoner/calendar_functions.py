"""The calendar functions the rules call (`@add_days(D, N)`, `@year_end(Y)`, ...), on `d(Y,M,D)`
terms: given to clingo as the context of every grounding (reasoning.py, batching.py)."""

from __future__ import annotations

from datetime import date
from functools import wraps


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
            found = cache[k] = method(self, *args)
        return found

    return call


class Calendar:
    """Calendar arithmetic for the rules (`@year_end(Y)`, ...), on `d(Y,M,D)` terms: pure functions
    of their arguments (`_pure`)."""

    @staticmethod
    def _date(sym) -> date:
        y, m, d_ = (a.number for a in sym.arguments)
        return date(y, m, d_)

    @staticmethod
    def _sym(x: date):
        import clingo

        return clingo.Function("d", [clingo.Number(x.year), clingo.Number(x.month), clingo.Number(x.day)])

    @_pure
    def add_days(self, d_, n):
        from datetime import timedelta

        return self._sym(self._date(d_) + timedelta(days=n.number))

    @_pure
    def months_before(self, d_, n):
        """The date n months before d_ (day clamped to the month's end: 31 Dec - 6 months = 30 June)."""
        x = self._date(d_)
        months = x.year * 12 + (x.month - 1) - n.number
        y, m = divmod(months, 12)
        return self._sym(date(y, m + 1, min(x.day, _month_days(y, m + 1))))

    @_pure
    def add_years(self, d_, n):
        """The n-th anniversary of d_: the same day n years later; 29 February's, in a common year, is
        1 March. The rules use it as the first day out of a term of n years from d_ (R6133-15, « nommé
        pour une durée de trois ans »): the term runs to the day before, so one elected on 29 February
        2008 is in office through 28 February 2011, three whole years, as one elected on 1 March 2006
        is through 28 February 2009 (clamped to 28 February, the term lost its last day)."""
        x = self._date(d_)
        y = x.year + n.number
        if x.day > _month_days(y, x.month):
            return self._sym(date(y, x.month + 1, 1))  # only 29 February: 1 March
        return self._sym(date(y, x.month, x.day))

    @_pure
    def first_year_end(self, notified, months, not_before):
        """The first 31 December on or after `not_before` that is at least `months`
        months after `notified` (R6133-5: withdrawal at the end of a budget year)."""
        n, start = self._date(notified), self._date(not_before)
        y = start.year
        while True:
            end = date(y, 12, 31)
            if self._date(self.months_before(self._sym(end), months)) >= n:
                return self._sym(end)
            y += 1

    @_pure
    def fraction(self, n, d_):
        """n / d_ in lowest terms, as the term fraction(N, D) (D > 0): two shares compare
        exactly, with Python integers, whatever their sizes (R / RT != B / BT without
        the 32-bit products R * BT and B * RT)."""
        import clingo
        from math import gcd

        a, b = n.number, d_.number
        if b < 0:
            a, b = -a, -b
        k = gcd(a, b) or 1
        return clingo.Function("fraction", [clingo.Number(a // k), clingo.Number(b // k)])

    @_pure
    def year(self, d_):
        import clingo

        return clingo.Number(d_.arguments[0].number)


def _month_days(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]
