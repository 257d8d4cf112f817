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


def test_what_a_block_made_is_set_in_the_oldest_generation_and_its_cycles_still_freed():
    """The first collection after a block would walk every object it made (collector.py): they are
    moved to the oldest generation instead, where a full collection still frees a cycle."""
    import weakref

    class Node:
        pass

    gc.collect()
    with paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle, left for the collector
        gone = weakref.ref(a)
        assert gc.get_count()[0] > 0
    assert gc.get_count()[0] == 0  # nothing young left to walk
    del a, b
    gc.collect(1)  # a young collection does not see them
    assert gone() is not None
    gc.collect()  # a full one frees them
    assert gone() is None


def test_objects_a_caller_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused():
            [object() for _ in range(10)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


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


def test_a_folder_checked_with_the_collector_off_frees_each_batchs_results(tmp_path, monkeypatch, capsys):
    """The console script leaves the collector off (collector.off_for_this_command); a folder's
    results, which refer to their conclusions and back, are freed after each batch all the same
    (collector.release as each is written; between_batches for what else a batch leaves)."""
    import gcs_reasoner.batching as batching
    from gcs_reasoner import collector
    from gcs_reasoner.cli import main
    from gcs_reasoner.result import Result

    for i in range(5):
        (tmp_path / f"f{i}.gcs").write_text(open("facts/public_imaging.gcs", encoding="utf-8").read(),
                                            encoding="utf-8")
    monkeypatch.setattr(batching, "BATCH_SIZE", 2)
    freed = []
    real = collector.between_batches

    def between_batches():
        real()
        freed.append(sum(isinstance(o, Result) for o in gc.get_objects()))

    monkeypatch.setattr(collector, "between_batches", between_batches)
    collector.off_for_this_command()
    try:
        assert main(["check", str(tmp_path), "--format", "jsonl", "--jobs", "1"]) == 0
    finally:
        gc.enable()
        gc.unfreeze()
    assert len(capsys.readouterr().out.splitlines()) == 5
    assert freed == [0, 0, 0], "no Result left once a batch is written"


def test_the_results_of_a_batch_are_freed_without_the_collector(tmp_path):
    """A result, its conclusions and its trees refer to each other; once its document is made it
    is released (collector.release), so reference counting frees it: no pass of the collector has
    to walk a batch's results (it was a quarter of check_files's time)."""
    from gcs_reasoner.result import Result

    paths = []
    for i in range(3):
        paths.append(tmp_path / f"f{i}.gcs")
        paths[-1].write_text(open("facts/public_imaging.gcs", encoding="utf-8").read(), encoding="utf-8")
    gc.collect()
    before = {id(o) for o in gc.get_objects() if isinstance(o, Result)}
    gc.disable()
    try:
        docs = list(gcs.check_files(paths, jobs=1))
        left = [o for o in gc.get_objects() if isinstance(o, Result) and id(o) not in before]
    finally:
        gc.enable()
    assert len(docs) == 3 and all("conclusions" in doc for _path, doc in docs)
    assert left == [], "each result freed once its document is made"
