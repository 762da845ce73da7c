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


#: The largest chunk the default schedule hands out.
_MAX_CHUNK = 16


def _chunk_size(remaining: int, workers: int, fixed: int | None) -> int:
    """How many inputs to hand out next: ``fixed`` if given, else a share of what
    remains that shrinks towards one, so that all processes finish together.

    >>> [_chunk_size(n, 2, None) for n in (1000, 64, 20, 3)]
    [16, 8, 2, 1]
    """
    if fixed is not None:
        return fixed
    return max(1, min(_MAX_CHUNK, remaining // (4 * workers)))


def _pool(
    items: list[tuple[int, Any]],
    workers: int,
    chunksize: int | None,
    published: Published,
    collect: Callable[[list[tuple[int, Any, Any]]], None],
) -> None:
    """Parse ``items`` in a pool of ``workers`` processes, a chunk at a time.

    A few chunks per worker are kept queued, so that no worker waits for this
    process to hand out the next; chunks shrink towards the end of the batch
    (:func:`_chunk_size`), so that the workers finish together.
    """
    front, total = 0, len(items)
    queued = 3 * workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        running: set[Future[list[tuple[int, Any, Any]]]] = set()
        while front < total or running:
            while front < total and len(running) < queued:
                size = _chunk_size(total - front, workers, chunksize)
                running.add(pool.submit(_parse_chunk, items[front : front + size], published))
                front += size
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                collect(future.result())


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
    in this process). Inputs go to
    the workers in chunks of ``chunksize`` (default: at most 16, shrinking
    towards the end of the batch so that the processes finish together).
    ``progress=True`` shows a progress bar on standard error. Raises
    :class:`BatchError` after the whole batch when any input failed.

    >>> [a.event_date for a in parse_many(["Tin\\nSáng 1/2/2024, Tỉnh ủy họp.", ""], workers=1)]
    ['2024-02-01', None]
    """
    items = list(enumerate(texts))
    workers = max(1, min(workers if workers is not None else (os.cpu_count() or 1), len(items)))
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
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
        if workers == 1:
            for i in range(0, len(items), _MAX_CHUNK):
                collect(_parse_chunk(items[i : i + _MAX_CHUNK], published))
        else:
            _pool(items, workers, chunksize, published, collect)
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
