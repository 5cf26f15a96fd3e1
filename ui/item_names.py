"""How an analysis item is named in the window: a sector, a group, or a group declared
without a sector ("装备制造 (unspecified)" when sectors are compared)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.sectors import Taxonomy


def item_name(taxonomy: Taxonomy, code: str, language: str, sector_level: bool = True) -> str:
    """The display name of an item code (unknown codes as they are)."""
    if not taxonomy.knows(code):
        return code
    name = taxonomy.name(code, language)
    if sector_level and taxonomy.is_group(code):
        return QCoreApplication.translate("Items", "{group} (unspecified)").format(group=name)
    return name
