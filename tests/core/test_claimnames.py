"""Claim names: the kind and the neighbourhood, numbered within a neighbourhood, unique
in a register."""

from bronnenstrategie.core import claimnames as cn


def test_kind_names_number_within_a_place():
    places = ["Binckhorst", "Centrum", "Binckhorst", None, "Binckhorst", None]
    assert cn.kind_names("Warme zone", places) == [
        "Warme zone 1 (Binckhorst)",
        "Warme zone (Centrum)",
        "Warme zone 2 (Binckhorst)",
        "Warme zone 1",
        "Warme zone 3 (Binckhorst)",
        "Warme zone 2",
    ]
    assert cn.kind_names("Koude zone", ["Centrum"], numbered=True) == ["Koude zone 1 (Centrum)"]


def test_unique_names_against_the_register():
    # 'binckhorst' is in the register already (any case): the new one becomes (2); two
    # equal new names: the second becomes (2), a third (3)
    assert cn.unique_names(
        ["Binckhorst", "CR-plein", "CR-plein", "CR-plein", ""], taken={"binckhorst"}
    ) == ["Binckhorst (2)", "CR-plein", "CR-plein (2)", "CR-plein (3)", "?"]
    # a generated '(2)' that is taken too moves on to (3)
    assert cn.unique_names(["A"], taken=["A", "a (2)"]) == ["A (3)"]


def test_claim_names_keep_own_names():
    names = cn.claim_names(
        "Geothermielocatie",
        ["Kijkduin en Ockenburgh", "Ypenburg", "Ypenburg"],
        own_names=["Zoeklocatie Kijkduin", None, "  "],
        taken=["zoeklocatie kijkduin"],
    )
    # the own name is kept (made unique); the two without a name are numbered in Ypenburg
    assert names == [
        "Zoeklocatie Kijkduin (2)",
        "Geothermielocatie 1 (Ypenburg)",
        "Geothermielocatie 2 (Ypenburg)",
    ]
