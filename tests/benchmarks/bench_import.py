"""Import of 10,000 parks from Excel (issue 3 target: under 3 s), against merely reading the
same sheet with pandas (openpyxl), which is what a planner's script would start from.

``--rows 100000`` measures the largest list the reliability checks must still let through
(each sheet is measured before it is read); the run ends with the refusal of a 5 KB
workbook whose one stray cell sits at XFD1048576 (it used to abort the process)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from timing import machine  # noqa: E402

from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.park_layers import load_parks, province_places  # noqa: E402
from model.park_import import read_park_file  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402

ROWS = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 10_000


def write_workbook(path: Path, parks: pd.DataFrame) -> None:
    """A planner-style sheet: a title row, Chinese headers, city names, some coordinates."""
    rng = np.random.default_rng(3)
    cities = [
        "沈阳",
        "大连市",
        "鞍山",
        "抚顺市",
        "本溪",
        "丹东",
        "锦州",
        "营口",
        "阜新",
        "辽阳",
        "盘锦",
        "铁岭",
        "朝阳",
        "葫芦岛",
    ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("园区")
    sheet.append(["辽宁省园区名单"])
    sheet.append(["编号", "园区名称", "所在城市", "主导产业", "经度", "纬度"])
    for i in range(ROWS):
        source = parks.iloc[i % len(parks)]
        exact = i % 3 == 0
        sheet.append(
            [
                f"X{i:05d}",
                f"{source['name_zh']}{i}",
                cities[i % len(cities)],
                source["sectors_text"],
                float(rng.uniform(121, 124)) if exact else None,
                float(rng.uniform(39.5, 42)) if exact else None,
            ]
        )
    book.save(path)


def main() -> None:
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    places = province_places(liaoning, source)
    taxonomy = Taxonomy.load()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "parks.xlsx"
        write_workbook(path, load_parks(liaoning).parks)
        start = time.perf_counter()
        result = read_park_file(path, *places, taxonomy)
        ours = time.perf_counter() - start
        assert len(result.parks) == ROWS and not result.problems
        start = time.perf_counter()
        pd.read_excel(path, header=1, engine="openpyxl")
        plain = time.perf_counter() - start
    print(f"machine: {machine()}")
    print(
        f"import {ROWS:,} parks from Excel (read, match cities and counties, map sectors): {ours:.2f} s"
        "  (target < 3 s)"
    )
    print(f"pandas.read_excel of the same sheet, nothing else: {plain:.2f} s")
    print(
        "refuse a workbook with one stray cell at XFD1048576: "
        f"{sparse_refusal(places, taxonomy) * 1000:.0f} ms"
    )


def sparse_refusal(places, taxonomy) -> float:
    """Seconds to refuse the sparse workbook (a ParkFileError naming its extent)."""
    from model.park_files import ParkFileError

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "sparse.xlsx"
        book = Workbook()
        book.active.append(["名称", "所在城市", "主导产业"])
        book.active["XFD1048576"] = "x"
        book.save(path)
        start = time.perf_counter()
        try:
            read_park_file(path, *places, taxonomy)
        except ParkFileError as exc:
            assert exc.params["reason"] == "sheet-too-large"
        return time.perf_counter() - start


if __name__ == "__main__":
    main()
