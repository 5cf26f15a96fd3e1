"""A GeoPackage is an SQLite database, and SQLite runs what a file declares: a view is a
query, executed whenever its name is read. Before GDAL or pandas read a GeoPackage, its
schema is checked here without running anything (``sqlite_master`` is plain data): every
layer and every table the program reads must be an ordinary table, and the tables of a
project may carry no triggers but GDAL's own. Tables are then read with a deadline and a
row limit, so a file can neither run for minutes nor fill the memory.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

# The triggers GDAL itself writes into a GeoPackage (spatial index, feature counts, metadata).
_GDAL_TRIGGER = re.compile(
    r"^(rtree_.+_(insert|update\d*|delete)|trigger_(insert|delete)_feature_count_.+|gpkg_.+)$"
)
READ_SECONDS = 30.0
MAX_TABLE_ROWS = 2_000_000


class UnsafeGeoPackage(Exception):
    """The file cannot be read safely: ``reason`` (``view``, ``trigger``, ``virtual-table``,
    ``too-many-rows``, ``too-slow``, ``not-sqlite``) and the ``table`` concerned."""

    def __init__(self, reason: str, table: str = "", detail: str = "") -> None:
        super().__init__(f"{reason}: {table} {detail}".strip())
        self.reason, self.table, self.detail = reason, table, detail


def connect_read_only(path: Path) -> sqlite3.Connection:
    """An SQLite connection that cannot change the file (and does not create one)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA trusted_schema = OFF")  # no functions with side effects in the schema
        return connection
    except sqlite3.Error as exc:
        raise UnsafeGeoPackage("not-sqlite", detail=str(exc)) from exc


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    try:
        return connection.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        ).fetchall()
    except sqlite3.Error as exc:  # not a database, or a damaged one
        raise UnsafeGeoPackage("not-sqlite", detail=str(exc)) from exc


def _layer_names(connection: sqlite3.Connection, schema) -> list[str]:
    if not any(name == "gpkg_contents" for _, name, _, _ in schema):
        return []
    try:
        return [str(r[0]) for r in connection.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.Error as exc:
        raise UnsafeGeoPackage("not-sqlite", "gpkg_contents", str(exc)) from exc


def check_geopackage(path: Path, tables: Iterable[str] = (), strict_triggers: bool = False) -> None:
    """Raise UnsafeGeoPackage unless every layer of the file and every name in ``tables`` is
    an ordinary table; with ``strict_triggers`` (projects), no trigger but GDAL's may sit on
    them."""
    connection = connect_read_only(path)
    try:
        schema = _schema(connection)
        kinds: dict[str, tuple[str, str]] = {name: (kind, sql) for kind, name, _, sql in schema}
        wanted = {*(_layer_names(connection, schema)), *tables}
        for name in sorted(wanted):
            kind, sql = kinds.get(name, ("", ""))
            if kind == "view":
                raise UnsafeGeoPackage("view", name)
            if kind == "table" and sql.lstrip().upper().startswith("CREATE VIRTUAL"):
                raise UnsafeGeoPackage("virtual-table", name)
        if strict_triggers:
            for kind, name, table, _ in schema:
                if kind == "trigger" and table in wanted and not _GDAL_TRIGGER.match(name):
                    raise UnsafeGeoPackage("trigger", table, name)
    finally:
        connection.close()


def _geometry_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    try:
        rows = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
        ).fetchall()
    except sqlite3.Error:
        return []
    return [str(r[0]) for r in rows]


def count_rows(path: Path, table: str, max_rows: int) -> int:
    """The rows of a checked table, counted without reading them; UnsafeGeoPackage (too-many-rows)
    beyond ``max_rows``."""
    connection = connect_read_only(path)
    try:
        quoted = '"' + table.replace('"', '""') + '"'
        (count,) = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()
    except sqlite3.Error as exc:
        raise UnsafeGeoPackage("not-sqlite", table, str(exc)) from exc
    finally:
        connection.close()
    if count > max_rows:
        raise UnsafeGeoPackage("too-many-rows", table, str(count))
    return int(count)


def read_tables(
    path: Path, names: Iterable[str], max_rows: int = MAX_TABLE_ROWS, seconds: float = READ_SECONDS
) -> dict[str, pd.DataFrame]:
    """Attribute tables of a checked GeoPackage as text frames (GDAL's ``fid`` dropped), each
    of at most ``max_rows`` rows, all read within ``seconds``."""
    connection = connect_read_only(path)
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        frames = {}
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            (count,) = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()
            if count > max_rows:
                raise UnsafeGeoPackage("too-many-rows", name, str(count))
            frame = pd.read_sql_query(f"SELECT * FROM {quoted}", connection)
            dropped = {"fid", *_geometry_columns(connection, name)}
            frames[name] = frame.drop(columns=[c for c in frame.columns if c in dropped])
        return frames
    except sqlite3.OperationalError as exc:
        if time.monotonic() > deadline:
            raise UnsafeGeoPackage("too-slow", detail=str(seconds)) from exc
        raise UnsafeGeoPackage("not-sqlite", detail=str(exc)) from exc
    except (sqlite3.DatabaseError, pd.errors.DatabaseError) as exc:
        raise UnsafeGeoPackage("not-sqlite", detail=str(exc)) from exc
    finally:
        connection.close()
