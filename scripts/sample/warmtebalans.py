"""Sample heat-balance data of Den Haag: wijken with demand per temperature class, the
WarmtelinQ residual heat and a fixed supply.

Illustrative, deterministic, not official. The areas are Voronoi cells around the
approximate centres (RD New) of 27 Den Haag wijken, clipped to a rough city box and
the coast line (Kijkduin - Scheveningen pier); codes are made up. The demand of each
class is shared over the wijken by simple weights (old city: more high temperature;
post-war: medium; VINEX: low) and scaled so that the totals are the seed document's
future demand (section 3.1): HT 4.3 PJ, MT 3.1 PJ, LT 4.6 PJ (in TJ: 4300 / 3100 / 4600,
up to rounding to 0.1 TJ).

Sources: the WarmtelinQ residual heat, 2 PJ HT, as one point at the heat transfer
station on the De Constant Rebecqueplein (CR-plein) [seed]; and a table without
geometry for soil energy and heat pumps, a fixed LT supply of 0.5 PJ [A: illustrative].
"""

# (name, x, y, weight HT, weight MT, weight LT); x/y approximate wijk centres in RD New.
WIJKEN = (
    ("Scheveningen", 78900.0, 457700.0, 1.0, 1.0, 0.8),
    ("Duindorp", 76900.0, 456400.0, 0.6, 0.6, 0.4),
    ("Statenkwartier", 79000.0, 456200.0, 1.4, 0.6, 0.3),
    ("Archipelbuurt en Willemspark", 80600.0, 456300.0, 1.3, 0.5, 0.3),
    ("Zeeheldenkwartier", 80200.0, 455600.0, 1.2, 0.5, 0.3),
    ("Duinoord", 79600.0, 455400.0, 1.1, 0.4, 0.3),
    ("Centrum", 81100.0, 455000.0, 1.8, 0.8, 0.5),
    ("Benoordenhout", 82400.0, 457100.0, 1.2, 0.7, 0.4),
    ("Bezuidenhout", 82500.0, 455600.0, 1.2, 0.8, 0.4),
    ("Haagse Bos", 83300.0, 456200.0, 0.2, 0.2, 0.1),
    ("Mariahoeve en Marlot", 84300.0, 456700.0, 0.5, 1.3, 0.5),
    ("Binckhorst", 82900.0, 454300.0, 0.6, 0.6, 0.9),
    ("Laakkwartier en Spoorwijk", 81900.0, 453500.0, 0.9, 1.0, 0.5),
    ("Schilderswijk", 80400.0, 454300.0, 1.3, 0.7, 0.4),
    ("Stationsbuurt", 81300.0, 454200.0, 1.0, 0.5, 0.4),
    ("Transvaalkwartier", 79900.0, 453700.0, 1.0, 0.6, 0.3),
    ("Regentessekwartier", 79300.0, 454800.0, 1.0, 0.5, 0.3),
    ("Valkenboskwartier", 78500.0, 454500.0, 1.0, 0.7, 0.3),
    ("Segbroek", 77500.0, 455400.0, 0.8, 0.8, 0.4),
    ("Loosduinen", 76200.0, 453700.0, 0.5, 1.2, 0.7),
    ("Kijkduin en Ockenburgh", 75400.0, 452800.0, 0.3, 0.5, 0.5),
    ("Bouwlust en Vrederust", 77300.0, 451900.0, 0.4, 1.5, 0.6),
    ("Morgenstond", 78300.0, 452500.0, 0.4, 1.3, 0.5),
    ("Moerwijk", 79700.0, 452300.0, 0.5, 1.3, 0.6),
    ("Wateringse Veld", 78700.0, 450500.0, 0.1, 0.3, 2.0),
    ("Ypenburg", 84400.0, 451400.0, 0.1, 0.3, 2.2),
    ("Leidschenveen", 85900.0, 453000.0, 0.1, 0.3, 2.0),
)

#: Future demand per class in TJ [S: seed section 3.1; MT derived as 12 - 4.3 - 4.6 PJ].
TOTAL_TJ = {"HT": 4300.0, "MT": 3100.0, "LT": 4600.0}
#: Rough box of the city in RD New.
BOX = (74500.0, 449500.0, 87000.0, 458500.0)
#: Coast line Kijkduin (74900, 454600) - Scheveningen pier (78400, 458100): y - x = 379700;
#: land is where y - x < COAST.
COAST = 380000.0
#: WarmtelinQ heat transfer station on the CR-plein (approximately) [S: seed; A: location].
CR_PLEIN = (80150.0, 456000.0)


def _clip(poly, a, b, c):
    """Sutherland-Hodgman: keep the part of ``poly`` (list of (x, y)) where a x + b y <= c."""
    out = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        fp = a * p[0] + b * p[1] - c
        fq = a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def cells():
    """(name, ring) of the Voronoi cell of each wijk centre, clipped to the box and coast."""
    x0, y0, x1, y1 = BOX
    result = []
    for i, (name, xi, yi, *_w) in enumerate(WIJKEN):
        ring = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        ring = _clip(ring, -1.0, 1.0, COAST)
        for j, (_n, xj, yj, *_v) in enumerate(WIJKEN):
            if i == j:
                continue
            # closer to i than to j:  2 (xj - xi) x + 2 (yj - yi) y <= xj² + yj² - xi² - yi²
            ring = _clip(ring, 2 * (xj - xi), 2 * (yj - yi), xj * xj + yj * yj - xi * xi - yi * yi)
        result.append((name, ring))
    return result


def _wkt(ring):
    pts = list(ring) + [ring[0]]
    return "POLYGON (({}))".format(", ".join(f"{x:.1f} {y:.1f}" for x, y in pts))


def demand_rows():
    """Rows of the demand layer; the class totals are TOTAL_TJ up to rounding."""
    sums = [sum(w[3 + k] for w in WIJKEN) for k in range(3)]
    rows = []
    for i, (name, ring) in enumerate(cells()):
        weights = WIJKEN[i][3:6]
        values = [
            round(TOTAL_TJ[c] * weights[k] / sums[k], 1) for k, c in enumerate(("HT", "MT", "LT"))
        ]
        rows.append(
            (
                _wkt(ring),
                {
                    "wijk_code": f"WK0518{i + 1:02d}",
                    "name": name,
                    "ht_tj": values[0],
                    "mt_tj": values[1],
                    "lt_tj": values[2],
                    "total_tj": round(sum(values), 1),
                },
            )
        )
    return rows


def layers():
    return [
        {
            "name": "heat_demand_wijken",
            "geometry": "Polygon",
            "fields": [
                ("wijk_code", "str"),
                ("name", "str"),
                ("ht_tj", "float"),
                ("mt_tj", "float"),
                ("lt_tj", "float"),
                ("total_tj", "float"),
            ],
            "rows": demand_rows(),
            "description": "Heat demand per temperature class per wijk (TJ/yr), shared "
            "over simplified wijk polygons so that the totals are the seed "
            "document's 4.3 / 3.1 / 4.6 PJ (HT / MT / LT).",
        },
        {
            "name": "residual_heat",
            "geometry": "Point",
            "fields": [
                ("name", "str"),
                ("heat_pj", "float"),
                ("temp_class", "str"),
                ("source_type", "str"),
            ],
            "rows": [
                (
                    "POINT ({:.1f} {:.1f})".format(*CR_PLEIN),
                    {
                        "name": "WarmtelinQ - WOS CR-plein",
                        "heat_pj": 2.0,
                        "temp_class": "HT",
                        "source_type": "restwarmte",
                    },
                )
            ],
            "description": "WarmtelinQ residual heat for Den Haag, 2 PJ HT (seed), as one "
            "point at the heat transfer station on the CR-plein.",
        },
        {
            "name": "heat_supply_fixed",
            "geometry": "None",
            "fields": [
                ("name", "str"),
                ("heat_pj", "float"),
                ("temp_class", "str"),
                ("source_type", "str"),
            ],
            "rows": [
                (
                    None,
                    {
                        "name": "Bodemenergie en warmtepompen (schatting)",
                        "heat_pj": 0.5,
                        "temp_class": "LT",
                        "source_type": "bodemenergie",
                    },
                )
            ],
            "description": "A fixed supply without location: soil energy and heat pumps, "
            "0.5 PJ LT [assumption, illustrative].",
        },
    ]
