"""The statements of a scenario (scenario.py, subclasses of Located) compare and print as
`@dataclass` would make them: their `__eq__` and `__repr__` are written once, in Located."""

import copy
import dataclasses
import inspect

import pytest

from gcs_reasoner import scenario as S

STATEMENTS = [c for c in vars(S).values() if inspect.isclass(c) and issubclass(c, S.Located)]


def test_every_statement_class_is_covered():
    assert len(STATEMENTS) > 40
    assert all(dataclasses.is_dataclass(c) for c in STATEMENTS)


@pytest.mark.parametrize("cls", STATEMENTS, ids=[c.__name__ for c in STATEMENTS])
def test_equality_repr_and_hash_are_dataclass_s(cls):
    one = cls(S.Pos(3, 4))
    reference = dataclasses.make_dataclass(cls.__name__, [(f.name, object) for f in dataclasses.fields(cls)])
    reference.__qualname__ = cls.__qualname__
    values = {f.name: getattr(one, f.name) for f in dataclasses.fields(cls)}
    assert repr(one) == repr(reference(**values))
    assert one == copy.deepcopy(one)
    assert not (one != copy.deepcopy(one))
    for f in dataclasses.fields(cls):  # a change of any one field makes them differ
        other = copy.deepcopy(one)
        setattr(other, f.name, object())
        assert one != other, f.name
    assert one.__eq__(reference(**values)) is NotImplemented  # another class: not equal, as @dataclass's
    with pytest.raises(TypeError):
        hash(one)
