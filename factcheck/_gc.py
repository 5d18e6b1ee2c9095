"""Pausing the cyclic garbage collector over a block that only makes long-lived objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, and as it was after it.

    For blocks that allocate many containers none of which is garbage: a command's start-up (its modules,
    tables, parser and settings live as long as the process; the collector's passes over them cost a
    one-article check 3 ms) and the reading of a cached claim base (hundreds of thousands of per-claim
    word sets: a 10,000-claim base read in 165 ms with collections, 52 ms without).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
