"""Writing output files safely: to a temporary file in the same folder, renamed into place.

A failure or a cancel while writing never leaves a half-written file and never destroys
the previous file of the same name: the previous file is replaced only by a complete new
one, in one rename (``os.replace``, atomic on the same file system). Several files that
belong together (a GIO and its sidecar) are renamed into place only when every one of
them was written, so a failure in one leaves none of them new.

Pure Python (no QGIS), used by the algorithms that write files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from typing import Any


def temporary_path(path: str) -> str:
    """A free temporary name next to ``path`` with the same extension (writers that
    choose their format by the extension keep working): ``.name.<random>.tmp.ext``."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.{uuid.uuid4().hex[:8]}.tmp{ext}")


def _remove(path):
    try:
        if os.path.isdir(path):
            return
        os.remove(path)
    except FileNotFoundError:
        pass
    except OSError:
        pass


@contextlib.contextmanager
def replacing(*paths: str) -> Iterator[Any]:
    """Write files through temporary names; on success rename them into place.

    ``with replacing(gml, sidecar) as (tmp_gml, tmp_sidecar): write(tmp_gml) ...`` - the
    body writes the temporary paths; when it ends without an exception every temporary
    file that exists replaces its target (last the first one, so a GIO appears only
    after its sidecar). On any exception (also a cancel) the temporary files are removed
    and the targets are untouched. With one path the body gets one path, not a tuple.
    """
    if not paths:
        raise ValueError("replacing() needs at least one path")
    targets = [os.path.abspath(p) for p in paths]
    for target in targets:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    temps = [temporary_path(t) for t in targets]
    try:
        yield temps[0] if len(temps) == 1 else tuple(temps)
        for temp, target in reversed(list(zip(temps, targets))):
            if os.path.exists(temp):
                if os.path.isfile(target):
                    # the new file keeps the permissions of the one it replaces
                    with contextlib.suppress(OSError):
                        shutil.copymode(target, temp)
                os.replace(temp, target)
    finally:
        for temp in temps:
            _remove(temp)
            for extra in (".aux.xml", "-journal"):
                _remove(temp + extra)
