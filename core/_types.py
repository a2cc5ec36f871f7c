"""Type aliases of the annotations in core/ (imported only while type checking)."""

from collections.abc import Sequence
from typing import Any, Union

import numpy as np

#: A number or a numpy array of numbers: the formulas work on both, element by element.
FloatArray = Union[float, np.ndarray]
#: Numbers as a numpy array or any sequence (the functions convert with numpy.asarray).
Numbers = Union[np.ndarray, Sequence[float]]
#: Values of any kind, one per item (codes, names), as a numpy array or any sequence.
Values = Union[np.ndarray, Sequence[Any]]
