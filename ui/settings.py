"""Persistent preferences (QSettings): language, last province and level, window layout."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QByteArray, QSettings

from model.analysis_settings import AnalysisSettings, BadSetting
from model.taxonomy_layers import TaxonomyLayer

ORGANIZATION = "ClusterPlanner"
APPLICATION = "Cluster Planner"
SETTINGS_VERSION = 1


class AppSettings:
    """Typed access to the program's QSettings, with a version for later migrations."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(ORGANIZATION, APPLICATION)
        if int(self._s.value("version", 0) or 0) != SETTINGS_VERSION:
            self._s.setValue("version", SETTINGS_VERSION)

    @property
    def qsettings(self) -> QSettings:
        """The settings store itself, for a part that keeps settings of its own (export)."""
        return self._s

    @property
    def language(self) -> str:
        """``system``, ``zh`` or ``en``."""
        value = str(self._s.value("ui/language", "system"))
        return value if value in ("system", "zh", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def author(self) -> str:
        """Who the decision ledger names for the planner's edits ('' : the operating system's
        full user name)."""
        return str(self._s.value("planning/author", "") or "").strip()

    @author.setter
    def author(self, value: str) -> None:
        self._s.setValue("planning/author", str(value).strip())

    @property
    def province(self) -> str | None:
        """The adcode of the last province shown (``all`` for the country)."""
        value = self._s.value("map/province")
        return str(value) if value else None

    @province.setter
    def province(self, value: str) -> None:
        self._s.setValue("map/province", value)

    @property
    def level(self) -> str | None:
        """The last level shown (``city`` or ``county``)."""
        value = self._s.value("map/level")
        return str(value) if value else None

    @level.setter
    def level(self, value: str) -> None:
        self._s.setValue("map/level", value)

    @property
    def term_mappings(self) -> dict[str, list[str]]:
        """Industry terms the planner mapped during imports: term → sector or group codes."""
        try:
            value = json.loads(str(self._s.value("sectors/terms", "{}")))
        except ValueError:
            return {}
        return {str(k): [str(c) for c in v] for k, v in value.items()} if isinstance(value, dict) else {}

    def remember_terms(self, mappings: dict[str, list[str]]) -> None:
        """Add term mappings to the remembered ones."""
        merged = {**self.term_mappings, **mappings}
        self._s.setValue("sectors/terms", json.dumps(merged, ensure_ascii=False))

    @property
    def own_sectors(self) -> list[dict]:
        """Sectors the planner added: code, group, name_zh, name_en, synonyms."""
        try:
            value = json.loads(str(self._s.value("sectors/own", "[]")))
        except ValueError:
            return []
        return [v for v in value if isinstance(v, dict) and {"code", "group", "name_zh"} <= v.keys()]

    def add_own_sector(self, sector: dict) -> None:
        """Remember a sector the planner added."""
        self._s.setValue("sectors/own", json.dumps([*self.own_sectors, sector], ensure_ascii=False))

    def _choice(self, key: str) -> dict:
        """A remembered choice (a JSON object); {} when absent or unreadable."""
        try:
            value = json.loads(str(self._s.value(key, "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def column_choice(self, header: list[str]) -> dict:
        """The columns (and coordinate system) the planner chose for files with these headers."""
        return self._choice(f"import/{_layout_key(header)}")

    def remember_column_choice(self, header: list[str], choice: dict) -> None:
        """Remember a column choice for files with these headers."""
        merged = {**self.column_choice(header), **choice}
        self._s.setValue(f"import/{_layout_key(header)}", json.dumps(merged, ensure_ascii=False))

    def region_field_choice(self, fields: list[str]) -> dict:
        """The id and name fields the planner chose for region layers with these fields."""
        return self._choice(f"regions/{_layout_key(fields)}")

    def remember_region_field_choice(self, fields: list[str], choice: dict) -> None:
        """Remember the fields chosen for region layers with these fields."""
        self._s.setValue(f"regions/{_layout_key(fields)}", json.dumps(choice, ensure_ascii=False))

    def analysis_settings(self) -> AnalysisSettings:
        """The duplication analysis settings last used (defaults when none or unreadable)."""
        try:
            return AnalysisSettings.from_dict(self._choice("analysis/settings"))
        except (BadSetting, TypeError, ValueError):
            return AnalysisSettings()

    def set_analysis_settings(self, settings: AnalysisSettings) -> None:
        """Remember the duplication analysis settings."""
        self._s.setValue("analysis/settings", json.dumps(settings.to_dict(), ensure_ascii=False))

    def recent_projects(self) -> list[str]:
        """Project files opened or saved lately, newest first."""
        value = self._s.value("project/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def set_recent_projects(self, paths: list[str]) -> None:
        """Remember the recent project files."""
        self._s.setValue("project/recent", list(paths))

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The saved main-window geometry and dock/toolbar state."""
        return self._s.value("window/geometry"), self._s.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the main window's geometry and dock/toolbar state."""
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()


def _layout_key(header: list[str]) -> str:
    """A short key for a header layout (the same columns in the same order)."""
    return hashlib.sha1("\x1f".join(h.strip() for h in header).encode("utf-8")).hexdigest()[:16]


def settings_layer(settings: AppSettings) -> TaxonomyLayer:
    """The planner's own sectors and term mappings, kept in their settings."""
    return TaxonomyLayer("settings", tuple(settings.own_sectors), settings.term_mappings)
