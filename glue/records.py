"""Reading a layer into plain records: named columns (numpy arrays and lists), never
positional tuples, with the counted skips the plugin reports.

- :func:`read_columns`: one pass over a feature source: feature ids, geometries, the raw
  values of the named fields (and optionally the features themselves), as a
  :class:`Columns` record.
- :func:`numbers`, :func:`floats`, :func:`texts`: a column of raw attribute values checked
  vectorised, with the same result as ``processing.utils.read_number`` / ``to_float`` /
  ``to_text`` value by value.
- :class:`SkipReasons`: the first failing check of each feature as its skip reason,
  reported to a ``SkipCounter`` in feature order.
"""

from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np
from qgis.core import QgsFeatureRequest

from ..core.values import (
    NUMBER_HIGH,
    NUMBER_LOW,
    NUMBER_MISSING,
    NUMBER_OK,
    NUMBER_TEXT,
    read_number,
    to_float,
    to_text,
)
from .progress import raise_if_canceled

#: Status codes of :func:`numbers` (the statuses of utils.read_number).
OK, MISSING, TEXT, LOW, HIGH = range(5)
STATUS_CODE = {
    NUMBER_OK: OK,
    NUMBER_MISSING: MISSING,
    NUMBER_TEXT: TEXT,
    NUMBER_LOW: LOW,
    NUMBER_HIGH: HIGH,
}
STATUS_NAME = {code: name for name, code in STATUS_CODE.items()}


#: Stop with a clear message when the user cancelled (one implementation: glue.progress).
check_canceled = raise_if_canceled


@dataclass
class Columns:
    """The features of a source as columns: ``fid`` (int64 array), ``geometry`` (list of
    QgsGeometry), ``values`` (field name -> list of raw attribute values) and, when
    asked for, ``features`` (the QgsFeatures, e.g. to copy them to an output)."""

    fid: np.ndarray
    geometry: list
    values: dict = field(default_factory=dict)
    features: list = None

    def __len__(self):
        return len(self.fid)


def read_columns(
    source,
    names,
    feedback=None,
    progress_span=(0.0, 50.0),
    subset=True,
    keep_features=False,
    request=None,
):
    """Read ``source`` in one pass into :class:`Columns` with the raw values of the fields
    ``names`` (names the source does not have are left out). ``subset``: only these
    attributes are fetched. Cancellation is checked and progress set every 1,000
    features within ``progress_span``."""
    fields = source.fields()
    names = [name for name in dict.fromkeys(names) if name and fields.lookupField(name) >= 0]
    index = [fields.lookupField(name) for name in names]
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    if subset:
        request.setSubsetOfAttributes(sorted(set(index)))
    total = source.featureCount() or 0
    start, span = progress_span[0], progress_span[1] - progress_span[0]
    get = (
        itemgetter(*index)
        if len(index) > 1
        else ((lambda f, k=index[0]: (f[k],)) if index else (lambda f: ()))
    )
    fids, geoms, raws, features = [], [], [], []
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 1000 == 0:
            check_canceled(feedback)
            if total and feedback is not None:
                feedback.setProgress(start + span * i / total)
        fids.append(feature.id())
        geoms.append(feature.geometry())
        raws.append(get(feature))
        if keep_features:
            features.append(feature)
    values = (
        dict(zip(names, (list(column) for column in zip(*raws))))
        if raws
        else {name: [] for name in names}
    )
    return Columns(
        np.asarray(fids, dtype=np.int64), geoms, values, features if keep_features else None
    )


def numbers(raw, low=None, high=None, low_inclusive=True):
    """(values, status codes) of a list of attribute values, as utils.read_number gives
    them value by value: Python floats and ints are checked vectorised, anything else
    (NULL, text, bool, ...) by read_number itself. Status codes: OK, MISSING, TEXT, LOW,
    HIGH of this module; values NaN where read_number gives None."""
    n = len(raw)
    nan = float("nan")
    fast = [type(v) is float or type(v) is int for v in raw]
    values = np.fromiter((v if f else nan for v, f in zip(raw, fast)), dtype=float, count=n)
    status = np.full(n, OK, dtype=np.int8)
    with np.errstate(invalid="ignore"):
        if low is not None:
            status[(values < low) | ((values == low) if not low_inclusive else False)] = LOW
        if high is not None:
            status[values > high] = HIGH
    status[np.isinf(values)] = TEXT  # to_float refuses infinity: 'not a number'
    status[np.isnan(values)] = MISSING
    for k in np.nonzero(~np.fromiter(fast, dtype=bool, count=n))[0]:
        value, name = read_number(raw[k], low=low, high=high, low_inclusive=low_inclusive)
        values[k] = nan if value is None else value
        status[k] = STATUS_CODE[name]
    return values, status


def floats(raw):
    """utils.to_float of each value of a list as a float array, NaN for None (a quick
    path for Python floats and ints)."""
    nan = float("nan")
    fast = [type(v) is float or type(v) is int for v in raw]
    values = np.fromiter((v if f else nan for v, f in zip(raw, fast)), dtype=float, count=len(raw))
    values[np.isinf(values)] = nan  # to_float refuses infinity
    for k in np.nonzero(~np.fromiter(fast, dtype=bool, count=len(raw)))[0]:
        value = to_float(raw[k])
        values[k] = nan if value is None else value
    return values


def texts(raw):
    """utils.to_text of each value of a list (a quick path for str)."""
    return [v.strip() if type(v) is str else to_text(v) for v in raw]


class SkipReasons:
    """The skip reason of each of ``n`` features: the first check that fails.

    ``fail(mask, key, message)`` marks the features of ``mask`` not yet failed;
    ``report(skips, fid)`` adds them to a SkipCounter in feature order (as the warnings
    count them); ``ok`` is the boolean mask of the features that passed every check."""

    def __init__(self, n):
        self.reason = np.zeros(n, dtype=np.int16)  # 0 = ok, else an index of keys
        self.keys, self.messages = [None], [None]

    def fail(self, mask, key, message):
        mask = np.asarray(mask, dtype=bool) & (self.reason == 0)
        if mask.any():
            self.keys.append(key)
            self.messages.append(message)
            self.reason[mask] = len(self.keys) - 1

    @property
    def ok(self):
        return self.reason == 0

    def report(self, skips, fid):
        for k in np.nonzero(self.reason)[0]:
            code = self.reason[k]
            skips.add(self.keys[code], self.messages[code], int(fid[k]))
