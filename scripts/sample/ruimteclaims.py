"""Sample data of the group 'ruimteclaims': candidate claim polygons to add to a register.

Layer ``claim_candidates``: the geothermal locations of the seed document (three
designated, category 1; search locations, categories 2 and 3) and WOS sites as squares
around approximate places in Den Haag (EPSG:28992, illustrative, not official), plus one
self-intersecting polygon that the register must reject.
"""


def _square(x, y, half):
    corners = [
        (x - half, y - half),
        (x + half, y - half),
        (x + half, y + half),
        (x - half, y + half),
    ]
    ring = ", ".join(f"{cx} {cy}" for cx, cy in [*corners, corners[0]])
    return f"POLYGON (({ring}))"


#: (name, kind, category, depth top m, depth bottom m, x, y, half side m). The CR-plein is the
#: Energiecentrale on the Verversingskanaal, the same point as in geothermie.py and
#: restwarmte.py; its WOS square lies on the corner of the geothermal square.
CANDIDATES = [
    ("Geothermie CR-plein", "geothermie_locatie", 1, 0.0, 2500.0, 80150, 456000, 150),
    ("Geothermie Ypenburg Spoorlaan", "geothermie_locatie", 1, 0.0, 2500.0, 85600, 450900, 150),
    ("Geothermie Binckhorst", "geothermie_locatie", 1, 0.0, 2500.0, 83300, 455300, 150),
    ("Zoeklocatie Zuidwest", "geothermie_zoeklocatie", 2, 0.0, 2500.0, 77600, 452900, 200),
    ("Zoeklocatie Erasmusveld", "geothermie_zoeklocatie", 3, 0.0, 2500.0, 80400, 451200, 200),
    ("WOS CR-plein", "restwarmte_wos", None, None, None, 80300, 456150, 25),
    ("WOS Ypenburg", "restwarmte_wos", None, None, None, 85800, 451100, 25),
]


def layers():
    rows = []
    for name, kind, category, top, bottom, x, y, half in CANDIDATES:
        rows.append(
            (
                _square(x, y, half),
                {
                    "naam": name,
                    "soort": kind,
                    "categorie": category,
                    "diepte_top": top,
                    "diepte_bodem": bottom,
                },
            )
        )
    # a bow-tie: invalid (self-intersection), rejected by addclaims
    rows.append(
        (
            "POLYGON ((79000 453000, 79100 453100, 79100 453000, 79000 453100, 79000 453000))",
            {
                "naam": "Ongeldige tekening",
                "soort": "geothermie_zoeklocatie",
                "categorie": 2,
                "diepte_top": 0.0,
                "diepte_bodem": 2500.0,
            },
        )
    )
    return [
        {
            "name": "claim_candidates",
            "geometry": "Polygon",
            "fields": [
                ("naam", "str"),
                ("soort", "str"),
                ("categorie", "int"),
                ("diepte_top", "float"),
                ("diepte_bodem", "float"),
            ],
            "rows": rows,
            "description": "Candidate spatial claims (geothermal locations, WOS) to add to "
            "the claims register; one invalid polygon on purpose.",
        }
    ]
