"""Write files so that readers see the old content or the new, and so that a checkout cannot redirect a write.

A check runs in checkouts the user does not control (pull requests from strangers), and a
report's first characters are a file name the author of the checkout chose. A planted
symbolic link could therefore turn a report into a ``site-packages/*.pth`` file, which Python
executes at its next start. So a write never goes through a symbolic link, never replaces
anything but a regular file, and, for a path inside the project, never lands outside it.
FIFOs and terminals are written into as a shell redirection would; ``/dev/stdout``,
``/dev/stderr`` and ``/dev/fd/N`` name the process's own streams.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

__all__ = ["WriteRefused", "check_inside", "is_within", "write_atomic"]

_OWN_STREAM = re.compile(r"^/dev/(?:std(out|err)|fd/(\d+))$")


class WriteRefused(OSError):
    """A write factcheck will not do because of what the target is or where it leads.

    It is an :class:`OSError` so every caller that already reports unwritable files with the
    file name reports these the same way.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(errno.EPERM, reason, os.fspath(path))


def is_within(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is ``root`` or below it, comparing the paths as given (no symlinks resolved)."""
    path_s, root_s = os.fspath(path), os.fspath(root)
    try:
        return os.path.commonpath([path_s, root_s]) == root_s
    except ValueError:  # different drives, or one relative and one absolute
        return False


def _new_file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give, since ``mkstemp`` always uses 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def check_inside(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> None:
    """Refuse a path that lies in the project as written but leaves it through a symbolic link.

    A path outside the project as written was named on purpose (only the command line can do
    that) and is left alone; a path inside it must stay inside once links are followed.
    """
    lexical = os.path.abspath(path)
    base = os.path.abspath(root)
    if not is_within(lexical, base):
        return
    real_parent = os.path.realpath(os.path.dirname(lexical))
    if not is_within(os.path.join(real_parent, os.path.basename(lexical)), os.path.realpath(base)):
        raise WriteRefused(path, f"leads out of the project ({base}) through a symbolic link")


def write_atomic(
    path: str | os.PathLike[str],
    data: str,
    *,
    root: str | os.PathLike[str] | None = None,
    make_parents: bool = False,
) -> None:
    """Replace the regular file ``path`` with ``data`` (UTF-8) so readers see the old file or the new one.

    The text goes to a temporary file in the same directory (so the rename stays on one file
    system), is flushed to disk, takes the old file's permissions, and is renamed over the
    target. A symbolic link, a directory, a socket or a block device at ``path`` is refused;
    a FIFO or a character device (``/dev/null``, a terminal) is written into, never replaced.
    With ``root``, a path inside that folder may not leave it through a symbolic link, and
    ``make_parents`` creates missing folders only after that check.
    """
    name = os.fspath(path)
    own = _OWN_STREAM.match(name)
    if own:
        fd = 1 if own[1] == "out" else 2 if own[1] == "err" else int(own[2])
        sys.stdout.flush()  # what the program printed before comes first
        sys.stderr.flush()
        _write_fd(os.dup(fd), data)
        return
    if root is not None:
        check_inside(name, root)
    if make_parents:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
    try:
        info = os.lstat(name)
    except FileNotFoundError:
        mode = _new_file_mode()
    else:
        if stat.S_ISLNK(info.st_mode):
            raise WriteRefused(name, "is a symbolic link; factcheck never writes through one")
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
            flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NOCTTY", 0)
            _write_fd(os.open(name, flags), data)
            return
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise WriteRefused(name, f"is {kind}; factcheck replaces only regular files")
        mode = stat.S_IMODE(info.st_mode)
    directory = os.path.dirname(os.path.abspath(name))
    if not os.path.isdir(directory):
        # the temporary file would be the one named in the error: name the folder the user asked for
        raise WriteRefused(name, f"cannot be written: no folder {os.path.dirname(name) or directory!r}")
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(name)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        # os.replace swaps the directory entry itself: a link planted after the check is replaced, not followed.
        os.replace(tmp_name, name)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _sync_directory(Path(directory))


def _write_fd(fd: int, data: str) -> None:
    with os.fdopen(fd, "wb", closefd=True) as handle:
        handle.write(data.encode("utf-8"))
        handle.flush()


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory, so it is best-effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
