"""The garbage collector is paused while a document is reasoned on and explained, and left as it
was found afterwards (collector.py)."""

import gc

import gcs_reasoner as gcs
from gcs_reasoner.collector import paused
from gcs_reasoner.render.json_out import as_dict


def test_the_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block leaves it as the outer one found it
    assert gc.isenabled()


def test_reasoning_and_json_leave_the_collector_running():
    result = gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
    assert gc.isenabled()
    as_dict(result)
    assert gc.isenabled()
    gc.disable()
    try:
        gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
