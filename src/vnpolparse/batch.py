"""Parse many articles at once, across processes.

>>> from vnpolparse.batch import parse_many
>>> articles = parse_many(["Tin thứ nhất\\nSáng 2/3/2024, Tỉnh ủy họp.", "Tin thứ hai"], workers=1)
>>> [a.title for a in articles]
['Tin thứ nhất', 'Tin thứ hai']

One bad item does not lose the others: every input is parsed, then a
:class:`BatchError` reports which ones failed, by index, and carries the
results of the rest.

>>> try:
...     parse_many(["Tin thứ nhất", b"not text", "Tin thứ ba"], workers=1)
... except BatchError as err:
...     sorted(err.errors), [a.title if a else None for a in err.results]
([1], ['Tin thứ nhất', None, 'Tin thứ ba'])
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from vnpolparse.errors import VnpolparseError
from vnpolparse.models import Article

__all__ = ["BatchError", "parse_bag", "parse_many"]

if TYPE_CHECKING:
    import dask.bag

Published = str | dt.date | dt.datetime | None


class BatchError(VnpolparseError):
    """Some inputs of :func:`parse_many` failed.

    ``errors`` maps the index of each failed input to its exception;
    ``results`` holds one entry per input: the :class:`Article`, or ``None``
    where that input failed.

    >>> err = BatchError({1: ValueError("bad")}, [Article(text="a"), None])
    >>> err.errors, isinstance(err, ValueError)
    ({1: ValueError('bad')}, True)
    """

    def __init__(self, errors: dict[int, BaseException], results: list[Article | None]) -> None:
        first = min(errors)
        super().__init__(
            f"{len(errors)} of {len(results)} inputs failed; first at index {first}: {errors[first]!r}"
        )
        self.errors = errors
        self.results = results


def _parse_chunk(chunk: Sequence[tuple[int, Any]], published: Published) -> list[tuple[int, Any, Any]]:
    from vnpolparse.article import parse_article

    out: list[tuple[int, Any, Any]] = []
    for index, text in chunk:
        try:
            out.append((index, parse_article(text, published=published), None))
        except Exception as exc:  # reported per item, with its index
            out.append((index, None, exc))
    return out


def _share(
    chunks: list[list[tuple[int, Any]]],
    workers: int,
    published: Published,
    collect: Callable[[list[tuple[int, Any, Any]]], None],
) -> None:
    """Parse ``chunks`` in ``workers - 1`` processes and in this one.

    The pool takes chunks from the front, this process from the back, until
    they meet. This process would otherwise sit waiting while the results it
    receives cost it CPU time to unpickle; working too, it parses its share
    with no pickling at all.
    """
    front, back = 0, len(chunks)
    queued = 2 * (workers - 1)  # enough to keep each worker busy between our own chunks
    with ProcessPoolExecutor(max_workers=workers - 1) as pool:
        running: set[Future[list[tuple[int, Any, Any]]]] = set()
        while front < back or running:
            while front < back and len(running) < queued:
                running.add(pool.submit(_parse_chunk, chunks[front], published))
                front += 1
            if front < back:
                back -= 1
                collect(_parse_chunk(chunks[back], published))
                finished = {f for f in running if f.done()}
            else:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                collect(future.result())
            running -= finished


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    progress: bool = False,
    chunksize: int | None = None,
    published: Published = None,
) -> list[Article]:
    """Parse ``texts`` with :func:`~vnpolparse.parse_article`, in order.

    ``workers`` processes share the work (default: one per CPU; ``1`` parses
    in this process; with more, this process is one of them). Inputs go to the workers in chunks of ``chunksize``
    (default: about sixteen chunks per worker, at most 16 articles each, so
    that no worker is left with a long last chunk while the others idle).
    ``progress=True`` shows a progress bar on standard error. Raises
    :class:`BatchError` after the whole batch when any input failed.

    >>> [a.event_date for a in parse_many(["Tin\\nSáng 1/2/2024, Tỉnh ủy họp.", ""], workers=1)]
    ['2024-02-01', None]
    """
    items = list(enumerate(texts))
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    if chunksize is None:
        chunksize = max(1, min(16, -(-len(items) // (workers * 16)) if items else 1))
    chunks = [items[i : i + chunksize] for i in range(0, len(items), chunksize)]
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc="parsing", unit="article")
    results: list[Article | None] = [None] * len(items)
    errors: dict[int, BaseException] = {}

    def collect(done: list[tuple[int, Any, Any]]) -> None:
        for index, article, error in done:
            results[index] = article
            if error is not None:
                errors[index] = error
        if bar is not None:
            bar.update(len(done))

    try:
        if workers == 1 or len(chunks) <= 1:
            for chunk in chunks:
                collect(_parse_chunk(chunk, published))
        else:
            _share(chunks, min(workers, len(chunks)), published, collect)
    finally:
        if bar is not None:
            bar.close()
    if errors:
        raise BatchError(errors, results)
    return [a for a in results if a is not None]


def parse_bag(texts: dask.bag.Bag, *, published: Published = None) -> dask.bag.Bag:
    """Map :func:`~vnpolparse.parse_article` over a :class:`dask.bag.Bag` of texts.

    For archives larger than one machine: the bag is partitioned across a
    Dask cluster (``pip install 'vnpolparse[dask]'``), and the result is a bag
    of :class:`Article`, in the order of the input; map
    :meth:`Article.to_dict` over it to write JSON. See
    ``examples/dask_pipeline.py``.

    >>> import dask.bag as db
    >>> bag = parse_bag(db.from_sequence(["Tin một\\nSáng 2/3/2024, Tỉnh ủy họp."], npartitions=1))
    >>> [a.event_date for a in bag.compute(scheduler="sync")]
    ['2024-03-02']
    """
    from vnpolparse.article import parse_article

    bag: dask.bag.Bag = texts.map(parse_article, published=published)  # type: ignore[no-untyped-call]
    return bag
