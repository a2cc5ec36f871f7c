"""Readable, unique names of spatial claims (no QGIS).

A claim made from an algorithm output gets a name a planner recognises: its kind and the
place it lies in ("Warme zone 3 (Binckhorst)"), or its own name when the input has one
("Zoeklocatie Kijkduin"). Names within one register are unique: a name already taken gets
" (2)", " (3)", ... appended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def _clean(text):
    if text is None:
        return ""
    text = str(text).strip()
    return "" if text.lower() in ("null", "none", "nan") else text


def kind_names(label: str, places: Sequence[str | None], numbered: bool = False) -> list[str]:
    """Names ``"<label> <k> (<place>)"`` for features lying in ``places`` (one place name
    or None per feature, in feature order).

    The number k counts the features of the same place (1, 2, ... in feature order) and is
    left off when a place has a single feature (unless ``numbered``); a feature without a
    place is numbered among those without one: ``"<label> <k>"``.

    >>> kind_names("Warme zone", ["Binckhorst", "Binckhorst", "Centrum", None])
    ['Warme zone 1 (Binckhorst)', 'Warme zone 2 (Binckhorst)', 'Warme zone (Centrum)', 'Warme zone']
    """
    places = [_clean(p) or None for p in places]
    total = {}
    for place in places:
        total[place] = total.get(place, 0) + 1
    seen = {}
    names = []
    for place in places:
        seen[place] = seen.get(place, 0) + 1
        number = numbered or total[place] > 1
        base = f"{label} {seen[place]}" if number else label
        names.append(f"{base} ({place})" if place else base)
    return names


def unique_names(names: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """``names`` made unique among themselves and against ``taken`` (names already in the
    register, compared without case): a repeated name gets " (2)", " (3)", ...

    >>> unique_names(["CR-plein", "CR-plein", "Binckhorst"], taken=["binckhorst"])
    ['CR-plein', 'CR-plein (2)', 'Binckhorst (2)']
    """
    used = {_clean(t).lower() for t in taken if _clean(t)}
    out = []
    for name in names:
        name = _clean(name) or "?"
        candidate, k = name, 1
        while candidate.lower() in used:
            k += 1
            candidate = f"{name} ({k})"
        used.add(candidate.lower())
        out.append(candidate)
    return out


def claim_names(
    label: str,
    places: Sequence[str | None],
    own_names: Sequence[Any] | None = None,
    taken: Iterable[str] = (),
    numbered: bool = False,
) -> list[str]:
    """The names of the claims of one kind: a feature's own name where it has one, else
    :func:`kind_names`; then :func:`unique_names` against ``taken``.

    >>> claim_names("Geothermielocatie", [None, "Ypenburg"], own_names=["CR-plein", ""])
    ['CR-plein', 'Geothermielocatie (Ypenburg)']
    """
    own = [_clean(n) for n in (own_names or [None] * len(places))]
    generated = iter(kind_names(label, [p for p, o in zip(places, own) if not o], numbered))
    names = [o if o else next(generated) for o in own]
    return unique_names(names, taken)
