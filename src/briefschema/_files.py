"""Reading files that strangers name, and printing what they contain.

Every file is read as bytes, at most one byte past its limit, so a huge or
endless file (``/dev/zero``, a FIFO that never closes) costs no more than the
limit. Folders are searched for source texts by hashing regular files in
chunks: nothing but the text that matches is kept in memory. Text for a
terminal loses its control characters, so a title cannot move the cursor.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from briefschema._problems import BriefSchemaError

CHUNK = 1 << 20


class TooLarge(BriefSchemaError):
    """A file holds more than its limit; ``size`` is at least that much."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(f"{show_path(path)} is over the limit of {limit:,} bytes")
        self.path = path
        self.limit = limit


class NotAFile(BriefSchemaError):
    """The path names a device or a folder, not something to read a document from."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing more than ``limit`` of them.

    Raises:
        TooLarge: the file holds more than ``limit`` bytes (only ``limit + 1``
            were read to find out).
        NotAFile: ``path`` is a device (``/dev/zero``) or a folder.
        OSError: the file cannot be read.

    """
    check_stream(path)
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        # A file's size as the first read (one read, no buffer of the limit's size); then
        # a chunk at a time, for a pipe or a file that grew, never past the limit and one.
        want = min(info.st_size, limit) + 1 if stat.S_ISREG(info.st_mode) else CHUNK
        chunks: list[bytes] = []
        total = 0
        while total <= limit and (chunk := handle.read(min(want, limit + 1 - total))):
            chunks.append(chunk)
            total += len(chunk)
            want = CHUNK
        data = b"".join(chunks)
    if len(data) > limit:
        raise TooLarge(path, limit)
    return data


def check_stream(path: Path) -> None:
    """Refuse a device or folder as a stream of lines (a FIFO or a file is fine).

    Raises:
        NotAFile: ``path`` is a device or a folder.
        OSError: ``path`` cannot be looked at.

    """
    kind = path.stat().st_mode
    if stat.S_ISCHR(kind) or stat.S_ISBLK(kind) or stat.S_ISDIR(kind):
        what = "a folder" if stat.S_ISDIR(kind) else "a device"
        raise NotAFile(f"{show_path(path)} is {what}, not a file")


def texts_by_hash(folder: Path, limit: int) -> dict[str, Path]:
    """The ``*.txt`` regular files of ``folder`` of at most ``limit`` bytes, by SHA-256.

    Each file is hashed in chunks, so memory stays at one chunk whatever the
    files hold; FIFOs, devices and larger files are passed over unopened. The
    first file (by name) with a given hash wins.
    """
    found: dict[str, Path] = {}
    for candidate in sorted(folder.glob("*.txt")):
        try:
            info = candidate.stat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
                continue
            digest = hashlib.sha256()
            with candidate.open("rb") as handle:
                read = 0
                while chunk := handle.read(CHUNK):
                    read += len(chunk)
                    if read > limit:
                        break
                    digest.update(chunk)
            if read <= limit:
                found.setdefault(digest.hexdigest(), candidate)
        except OSError:
            continue
    return found


_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def safe(text: str) -> str:
    r"""``text`` fit for a terminal: control and bidi characters as ``\x1b``-style escapes.

    Lone surrogates (a file name that is not UTF-8, a key in a hostile
    document) are escaped too, so printing never fails on the encoding.
    """
    return _UNSAFE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def show_path(path: Path | str) -> str:
    r"""A path for people: bytes that are not UTF-8 as ``\xff``, control characters escaped."""
    raw = os.fsencode(path)
    return safe(raw.decode("utf-8", "backslashreplace"))
