"""Parameters of an algorithm as a table: one :class:`Param` per parameter (its
QgsProcessingParameter class, arguments, help text, advanced or not), added in order by
:func:`add_params`. ``initAlgorithm`` then reads as the list of its parameters."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Param:
    """One parameter: ``cls(*args, **kwargs)`` with its help text."""

    cls: type
    args: tuple
    help: str
    kwargs: dict = field(default_factory=dict)
    advanced: bool = False


def param(cls, *args, help, advanced=False, **kwargs):
    """A :class:`Param`: ``param(QgsProcessingParameterNumber, KEY, label, ..., help=...)``."""
    return Param(cls, args, help, kwargs, advanced)


def add_params(alg, specs):
    """Add the parameters of ``specs`` (Param) to ``alg`` (a BronnenstrategieAlgorithm),
    each with its help text."""
    for spec in specs:
        alg.add_param(spec.cls(*spec.args, **spec.kwargs), spec.help, advanced=spec.advanced)
