"""Frames between the server and its query workers: 4-byte big-endian length, then a pickled tuple.

Both ends are this package's own processes, so pickle is safe here.
"""

from __future__ import annotations

import pickle
import struct
from typing import BinaryIO

HEADER = struct.Struct(">I")


def read_frame(stream: BinaryIO):
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    return pickle.loads(stream.read(size))


def write_frame(stream: BinaryIO, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()
