"""A cache of built claim bases, so a run pays for validating and indexing claims once per change.

Building a base costs far more than checking an article against it: every record is validated and every
index (entities, keywords, parties, search terms) is built before the first sentence is read. The built
base is stored keyed by what it is built from: the bytes of every claims file, the settings that shape it,
and the factcheck code itself (package version plus the size and time of each of its files, so an edited
checkout never reads a base an older build wrote).

Where: ``$FACTCHECK_CACHE_DIR`` when set, else the platform's user cache folder (``$XDG_CACHE_HOME`` or
``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows), in a ``factcheck``
folder. Never inside the checked project by default: a cache file a pull request could plant would be
read as trusted. A cache that cannot be written (read-only disk, no home) only costs the rebuild; a cache
file that is truncated, corrupt or not ours is a miss.

Entries are pickles of factcheck's own objects, written atomically (a temporary file renamed into place),
checked against a digest before they are read, and read by an unpickler that refuses every global but
factcheck's classes and a few containers. Claim records, by far the largest part, are stored one by one
and rebuilt only when a check touches them: a sentence reaches a handful of claims, not the whole base.
So are the values the matcher keeps for each claim (a :class:`Column`), packed end to end in one bytes
object a column, so that a column is two objects to read however many claims the base holds.

An entry is two files. A check reads plain copies of the records (:mod:`factcheck.plain`) and the indexes
built over them: those are ``base-KEY.pickle``, read and checked whole on every run. What only the API
asks for (the validated records, the search index: each a :class:`Deferred`) is most of the bytes of a
large base (12 of 20 MB at 10,000 claims), so it lives in ``base-KEY.deferred`` beside it, which a check
never opens: each part there is read, and checked against the digest the first file holds for it, when
something first asks for it. A
second file that is missing or of the wrong size makes the whole entry a miss; a part whose bytes do not
match their digest when read raises :class:`DamagedEntry`, and the base it belongs to is rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

from factcheck._gc import collector_paused

__all__ = ["Column", "DamagedEntry", "Deferred", "cache_dir", "cache_key", "load", "save"]

_MAGIC = b"factcheck-base\x00v3\x00"
_SIDE_MAGIC = b"factcheck-deferred\x00v3\x00"
_DIGEST = 32  # SHA-256: the fastest digest this platform's hashlib offers for large entries
_SIZE = 8  # the length of the deferred file, as the first file records it


def _digest(payload: bytes | memoryview) -> bytes:
    """The entry's check sum: SHA-256 runs about half again as fast as BLAKE2b here on a 20 MB base."""
    return hashlib.sha256(payload).digest()


class DamagedEntry(Exception):
    """A deferred part of a cached entry could not be read as it was written: missing, cut short or altered.

    Raised when the part is first asked for, long after the entry was taken for a hit; whoever holds the
    part rebuilds what it stood for rather than trust any of it.
    """


# Containers of at least this many records are stored lazily; small ones are not worth the indirection.
_LAZY_MIN = 64


def cache_dir() -> Path | None:
    """The folder cached bases live in, or None when there is no user cache folder to use."""
    explicit = os.environ.get("FACTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        root = os.environ.get("LOCALAPPDATA")
        return Path(root) / "factcheck" / "Cache" if root else None
    if sys.platform == "darwin":
        home = Path.home()
        return home / "Library" / "Caches" / "factcheck"
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "factcheck"
    try:
        return Path.home() / ".cache" / "factcheck"
    except RuntimeError:  # no home directory
        return None


def _code_fingerprint() -> bytes:
    """What identifies the code that builds a base: version, and each package file's size and time."""
    from factcheck import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    digest.update(__version__.encode())
    digest.update(f"{sys.version_info[:2]}".encode())
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".json")):
                stat = os.stat(os.path.join(root, name))
                digest.update(f"{os.path.relpath(os.path.join(root, name), package)}\0{stat.st_size}\0"
                              f"{stat.st_mtime_ns}\0".encode())
    return digest.digest()


def cache_key(contents: Iterable[tuple[str, bytes]], **settings: object) -> str:
    """A key for a base built from ``contents`` (each claims file's name and bytes) with ``settings``."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(_code_fingerprint())
    digest.update(repr(sorted(settings.items())).encode())
    for name, data in contents:
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


# --- storing ----------------------------------------------------------------------------------------


class Column(tuple[Any, ...]):
    """Values held one per claim (a claim's words, its entities) that a check reads only for the claims a
    sentence reaches: stored packed, and rebuilt one by one on first access as the claims themselves are.

    A matcher keeps several such values for every claim; unpickled whole, those of a 10,000-claim base were
    60,000 sets, which took a third of the time to read the base and as long again to collect and free.
    Stored packed they are two objects a column however many claims there are.
    """

    __slots__ = ()


class _Packed(Sequence[bytes]):
    """Pickled items laid end to end in one bytes object, with where each one ends."""

    __slots__ = ("_data", "_ends")

    def __init__(self, data: bytes, ends: bytes) -> None:
        self._data = data
        self._ends = array("Q")
        self._ends.frombytes(ends)

    @classmethod
    def of(cls, blobs: Iterable[bytes]) -> _Packed:
        parts, ends, end = [], array("Q"), 0
        for blob in blobs:
            parts.append(blob)
            end += len(blob)
            ends.append(end)
        return cls(b"".join(parts), ends.tobytes())

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, i: int) -> bytes: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[bytes]: ...

    def __getitem__(self, i: int | slice) -> bytes | Sequence[bytes]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self._data[self._ends[i - 1] if i > 0 else 0:self._ends[i]]

    def __reduce__(self) -> tuple[Any, ...]:
        return _Packed, (self._data, self._ends.tobytes())


class LazyClaims(Sequence[Any]):
    """A sequence of claim records (or other records of factcheck's) kept as pickled bytes, each rebuilt
    on first access.

    It stands wherever the base held a long tuple or list of records, or a :class:`Column`, so a cached
    base of any size opens in the time it takes to read its indexes.
    """

    __slots__ = ("_blobs", "_items")

    def __init__(self, blobs: Sequence[bytes]) -> None:
        self._blobs = blobs
        self._items: list[Any] = [None] * len(blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def _one(self, i: int) -> Any:
        item = self._items[i]
        if item is None:
            item = self._items[i] = _loads(self._blobs[i])
        return item

    @overload
    def __getitem__(self, i: int) -> Any: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Any, ...]: ...

    def __getitem__(self, i: int | slice) -> Any:
        # A check reads a claim or a per-claim value at every rule that asks about it, some twenty times a
        # sentence: a record read before is one list lookup (which also bounds and wraps the index).
        if isinstance(i, slice):
            return tuple(self._one(k) for k in range(*i.indices(len(self))))
        try:
            item = self._items[i]
        except IndexError:
            raise IndexError("claim index out of range") from None
        if item is None:
            item = self._one(i + len(self._items) if i < 0 else i)
        return item

    def __iter__(self) -> Iterator[Any]:
        return (self._one(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyClaims, (tuple(self._blobs),)


class LazyClaimMap(Mapping[str, Any]):
    """A claim id → record mapping over :class:`LazyClaims`: ids are kept, records rebuilt when read."""

    __slots__ = ("_claims", "_index")

    def __init__(self, index: dict[str, int], claims: LazyClaims) -> None:
        self._index = index
        self._claims = claims

    def __getitem__(self, key: str) -> Any:
        return self._claims[self._index[key]]

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyClaimMap, (self._index, self._claims)


class Deferred:
    """A part of a stored object pickled on its own and unpickled only when first asked for.

    A claim base keeps its validated records (pydantic models) for the API and for rebuilding, but a check
    reads only the plain copies its indexes hold; deferring the records keeps pydantic out of a check read
    from the cache. The part is pickled as the cache pickles (long runs of records stay lazy inside it),
    and read back through the cache's unpickler, whoever unpickled the holder.

    Held in memory, the part is its pickled bytes. Read from a cached entry, it is only where its bytes are
    in the entry's deferred file and their digest, so a run that never asks for it never reads that file.
    """

    __slots__ = ("_blob", "_value", "_where")

    def __init__(self, blob: bytes | None, where: tuple[str, int, int, bytes] | None = None) -> None:
        if (blob is None) == (where is None):
            raise ValueError("a deferred part is either bytes or a place in a deferred file")
        self._blob = blob
        self._where = where  # the deferred file, the offset and length of the part, and its digest
        self._value: Any = _UNREAD

    @classmethod
    def of(cls, value: object) -> Deferred:
        """``value`` deferred: pickled now, rebuilt by :meth:`value` (the first call pays for it)."""
        buffer = io.BytesIO()
        _Pickler(buffer).dump(value)
        deferred = cls(buffer.getvalue())
        deferred._value = value
        return deferred

    def blob(self) -> bytes:
        """The part's pickled bytes; :class:`DamagedEntry` when its file no longer holds what was written."""
        if self._blob is not None:
            return self._blob
        assert self._where is not None
        path, offset, length, digest = self._where
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(_SIDE_MAGIC))
                handle.seek(len(_SIDE_MAGIC) + offset)
                data = handle.read(length)
        except OSError as exc:
            raise DamagedEntry(f"{path}: {exc.strerror or exc}") from exc
        if head != _SIDE_MAGIC or len(data) != length or _digest(data) != digest:
            raise DamagedEntry(f"{path}: a deferred part does not match its digest")
        return data

    def value(self) -> Any:
        if self._value is _UNREAD:
            blob = self.blob()
            try:
                with collector_paused():
                    self._value = _loads(blob)
            except Exception as exc:  # bytes that matched their digest yet do not unpickle: not ours either
                raise DamagedEntry(f"a deferred part does not unpickle: {exc}") from exc
        return self._value

    def __reduce__(self) -> tuple[Any, ...]:
        return Deferred, (self._blob, self._where)


_UNREAD = object()


def _is_record(obj: object) -> bool:
    """A record of factcheck's own (a claim, what was read from one): worth rebuilding only when used."""
    return type(obj).__module__.startswith("factcheck.")


def _records(items: Iterable[object]) -> bool:
    kind = None
    for item in items:
        if kind is None:
            kind = type(item)
            if not _is_record(item):
                return False
        elif type(item) is not kind:
            return False
    return kind is not None


class _Pickler(pickle.Pickler):
    """Stores long runs of records as :class:`LazyClaims` (and id maps over them as :class:`LazyClaimMap`).

    Tuples, lists and dicts never reach ``reducer_override``, so they are singled out by ``persistent_id``,
    which sees every object.
    """

    def __init__(self, file: io.BytesIO, side: io.BytesIO | None = None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        # each claim pickled once however many containers hold it; the claim is kept so its id stays its own
        self._blobs: dict[int, tuple[Any, bytes]] = {}
        # where deferred parts go when they are stored apart (else each is pickled in place, as its bytes)
        self._side = side
        self._deferred: dict[int, tuple[Deferred, tuple[str, int, int, bytes]]] = {}

    def _blob(self, claim: Any) -> bytes:
        found = self._blobs.get(id(claim))
        if found is None:
            found = self._blobs[id(claim)] = (claim, _dumps(claim))
        return found[1]

    def _apart(self, part: Deferred) -> tuple[str, int, int, bytes]:
        assert self._side is not None
        found = self._deferred.get(id(part))
        if found is None:
            blob = part.blob()
            offset = self._side.tell()
            self._side.write(blob)
            found = self._deferred[id(part)] = (part, ("deferred", offset, len(blob), _digest(blob)))
        return found[1]

    def persistent_id(self, obj: Any) -> Any:
        kind = type(obj)
        if kind is Deferred and self._side is not None:
            return self._apart(obj)
        if kind is Column:
            packed = _Packed.of(_dumps(item) for item in obj)
            return ("packed", packed._data, packed._ends.tobytes())
        if kind is tuple or kind is list:
            if len(obj) >= _LAZY_MIN and _records(obj):
                return ("claims", tuple(self._blob(c) for c in obj))
        elif kind is dict and len(obj) >= _LAZY_MIN and _records(obj.values()) and all(type(k) is str for k in obj):
            return ("claim-map", tuple(obj), tuple(self._blob(c) for c in obj.values()))
        return None


def _dumps(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


# Globals an entry may name besides factcheck's own classes: containers and the helpers pickle itself
# uses to rebuild objects. Anything else (a function of os, subprocess, builtins.eval ...) fails the read.
_ALLOWED = {
    "builtins": {"set", "frozenset", "tuple", "list", "dict", "bytes", "bytearray", "complex", "slice", "range",
                 "object"},
    "copyreg": {"_reconstructor", "__newobj__", "__newobj_ex__"},
    "collections": {"OrderedDict", "defaultdict", "Counter", "deque"},
    "array": {"array", "_array_reconstructor"},
    "re": {"_compile"},
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "enum": {"Enum"},
    "functools": {"partial"},
}


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, side: Path | None = None) -> None:
        super().__init__(file)
        self._side = side  # the entry's deferred file, which the parts it names are read from

    def persistent_load(self, pid: Any) -> Any:
        if isinstance(pid, tuple) and len(pid) == 2 and pid[0] == "claims":
            return LazyClaims(pid[1])
        if isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "packed" and type(pid[1]) is bytes \
                and type(pid[2]) is bytes and len(pid[2]) % 8 == 0:
            return LazyClaims(_Packed(pid[1], pid[2]))
        if isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "claim-map":
            return LazyClaimMap({k: i for i, k in enumerate(pid[1])}, LazyClaims(pid[2]))
        if isinstance(pid, tuple) and len(pid) == 4 and pid[0] == "deferred" and self._side is not None:
            _, offset, length, digest = pid
            if type(offset) is int and type(length) is int and type(digest) is bytes:
                return Deferred(None, (str(self._side), offset, length, digest))
        raise pickle.UnpicklingError("unknown reference in a cached base")

    def find_class(self, module: str, name: str) -> Any:
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        if module == "factcheck" or module.startswith("factcheck."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        if module.startswith(("pydantic", "pydantic_core")):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cached base")


def _loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()


def _entry(directory: Path, key: str) -> Path:
    return directory / f"base-{key}.pickle"


def _side(directory: Path, key: str) -> Path:
    return directory / f"base-{key}.deferred"


def load(key: str, directory: Path | None = None) -> Any | None:
    """The object stored under ``key``, or None: missing, unreadable, corrupt and foreign entries are misses.

    Only the first file is read here; the deferred file must be there at the size written, and each part of
    it is checked against its digest when first read (:meth:`Deferred.value`).
    """
    directory = directory or cache_dir()
    if directory is None:
        return None
    try:
        data = _entry(directory, key).read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or len(data) < head + _DIGEST + _SIZE:
        return None
    digest, payload = data[head:head + _DIGEST], memoryview(data)[head + _DIGEST:]
    if _digest(payload) != digest:
        return None
    side = _side(directory, key)
    try:
        if side.stat().st_size != len(_SIDE_MAGIC) + int.from_bytes(payload[:_SIZE], "big"):
            return None  # cut short, or left by another write: its parts cannot be the ones named here
    except OSError:
        return None
    stream = io.BytesIO(data)  # shares the bytes read, where a view of them would be copied
    stream.seek(head + _DIGEST + _SIZE)
    try:
        with collector_paused():
            return _Unpickler(stream, side).load()
    except Exception:  # a cache is an optimisation: whatever it holds, a bad entry is only a miss
        return None


def save(key: str, obj: object, directory: Path | None = None) -> bool:
    """Store ``obj`` under ``key``; False (and nothing written) when it cannot be pickled or written.

    The deferred file is renamed into place before the first file: a reader that finds the new first file
    finds the parts it names, and one that finds the old first file with the new deferred file finds
    parts that do not match their digests, which is a rebuild, never a misreading.
    """
    directory = directory or cache_dir()
    if directory is None:
        return False
    buffer, side = io.BytesIO(), io.BytesIO()
    try:
        _Pickler(buffer, side).dump(obj)
    except Exception:  # something of the base cannot be pickled: run without a cache
        return False
    deferred = side.getvalue()
    payload = len(deferred).to_bytes(_SIZE, "big") + buffer.getvalue()
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        for stale in directory.glob("base-*"):  # one entry per claims folder is all a user needs
            if stale.name not in (_entry(directory, key).name, _side(directory, key).name) and \
                    stale.suffix in (".pickle", ".deferred") and _older_than_a_day(stale):
                stale.unlink(missing_ok=True)
        _write(directory, _side(directory, key), _SIDE_MAGIC + deferred)
        _write(directory, _entry(directory, key), _MAGIC + _digest(payload) + payload)
        return True
    except OSError:
        return False


def _write(directory: Path, path: Path, data: bytes) -> None:
    """``data`` as ``path``, atomically: written under a temporary name, then renamed into place."""
    fd, tmp_name = tempfile.mkstemp(prefix=".base-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _older_than_a_day(path: Path) -> bool:
    import time

    try:
        return time.time() - path.stat().st_mtime > 86_400
    except OSError:
        return False
