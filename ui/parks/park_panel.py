"""The park inspector: every attribute of the selected park, the original industry text,
and how its location is known."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QPushButton, QWidget

from model.sectors import Taxonomy
from ui.parks.park_model import level_text, precision_text
from ui.scrolling import scrolling

FIELDS = (
    "name_zh",
    "name_en",
    "id",
    "level",
    "kind",
    "city",
    "county",
    "location",
    "sectors",
    "sectors_text",
    "area",
    "approved",
    "source",
)


class ParkPanel(QDockWidget):
    """A dock showing one park's record."""

    locateRequested = Signal()  # the planner wants to set the shown park's exact location
    editRequested = Signal()  # … to change its attributes and leading industries
    deleteRequested = Signal()  # … to delete it

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParkPanel")
        self.taxonomy = taxonomy
        body = QWidget(self)
        form = QFormLayout(body)
        self._captions: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in FIELDS:
            caption, value = QLabel(body), QLabel(body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self._captions[key], self._values[key] = caption, value
        self.locate_button = QPushButton(body)
        self.locate_button.clicked.connect(self.locateRequested)
        self.edit_button = QPushButton(body)
        self.edit_button.clicked.connect(self.editRequested)
        self.delete_button = QPushButton(body)
        self.delete_button.clicked.connect(self.deleteRequested)
        for button in (self.locate_button, self.edit_button, self.delete_button):
            form.addRow(button)
        self._hint = QLabel(body)
        self._hint.setWordWrap(True)
        form.addRow(self._hint)
        self.setWidget(scrolling(body))
        self._park = None
        self._regions: dict[str, tuple[str, str]] = {}
        self.language = "zh"
        self.retranslate()

    def retranslate(self) -> None:
        """Captions in the current language."""
        self.setWindowTitle(self.tr("Park"))
        captions = {
            "name_zh": self.tr("Chinese name"),
            "name_en": self.tr("English name"),
            "id": self.tr("Id"),
            "level": self.tr("Level"),
            "kind": self.tr("Type"),
            "city": self.tr("City"),
            "county": self.tr("County"),
            "location": self.tr("Location"),
            "sectors": self.tr("Sectors"),
            "sectors_text": self.tr("Leading industries (as given)"),
            "area": self.tr("Approved area"),
            "approved": self.tr("Approved"),
            "source": self.tr("Source"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._hint.setText(self.tr("Click a park on the map or in the list to see its record."))
        self.locate_button.setText(self.tr("Set Location…"))
        self.edit_button.setText(self.tr("Edit Park…"))
        self.edit_button.setToolTip(self.tr("Name, level, kind, area, approval and leading industries"))
        self.delete_button.setText(self.tr("Delete Park"))
        self.locate_button.setToolTip(
            self.tr("Give the park's exact location: coordinates, or a click on the map")
        )
        self.show_park(self._park, self._regions)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_park(self, park, regions: dict[str, tuple[str, str]]) -> None:
        """Show a park (a row of the park table; None clears); ``regions``: adcode → (zh, en)."""
        self._park, self._regions = park, regions
        self._hint.setVisible(park is None)
        for button in (self.locate_button, self.edit_button, self.delete_button):
            button.setEnabled(park is not None)
        if park is None:
            for value in self._values.values():
                value.clear()
            return
        self._values["name_zh"].setText(park["name_zh"])
        self._values["name_en"].setText(park["name_en"])
        self._values["id"].setText(park["id"])
        self._values["level"].setText(level_text(park["level"]))
        self._values["kind"].setText(park["kind"])
        self._values["city"].setText(self._region(park["region_id"]))
        self._values["county"].setText(self._region(park["county_id"]))
        where = self.tr("{lon:.4f}° E, {lat:.4f}° N").format(lon=park["lon"], lat=park["lat"])
        self._values["location"].setText(f"{where} · {precision_text(park['location_precision'])}")
        codes = [c for c in str(park["sectors"]).split(";") if c and self.taxonomy.knows(c)]
        self._values["sectors"].setText("\n".join(self._sector(c) for c in codes) or "—")
        self._values["sectors_text"].setText(park["sectors_text"])
        area = park["area_ha"]
        has_area = isinstance(area, float) and not math.isnan(area)
        self._values["area"].setText(self.tr("{ha:,.0f} ha").format(ha=area) if has_area else "")
        self._values["approved"].setText(park["approved"])
        self._values["source"].setText(park["source"])

    def _region(self, adcode: str) -> str:
        names = self._regions.get(adcode)
        if not names:
            return ""
        return f"{names[0] if self.language == 'zh' else names[1]} ({adcode})"

    def _sector(self, code: str) -> str:
        if self.taxonomy.is_group(code):
            return self.tr("{group} (group, sector unspecified)").format(
                group=self.taxonomy.name(code, self.language)
            )
        group = self.taxonomy.name(self.taxonomy.group_of(code), self.language)
        return f"{self.taxonomy.name(code, self.language)} · {group}"

    def value_text(self, key: str) -> str:
        """The text shown for a field (for tests)."""
        return self._values[key].text()
