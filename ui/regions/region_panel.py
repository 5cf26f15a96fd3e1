"""The region inspector: details of the region clicked on the map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QPushButton, QWidget

from maps.boundaries import RegionLayer
from ui.scrolling import scrolling


class RegionPanel(QDockWidget):
    """A dock listing the selected region's names, adcode, parent, level and area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegionPanel")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        body = QWidget(self)
        self._form = QFormLayout(body)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for key in ("name_zh", "name_en", "id", "parent", "level", "area", "parks", "neighbours"):
            caption, value = QLabel(body), QLabel(body)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setObjectName(f"value_{key}")
            self._form.addRow(caption, value)
            self._values[key], self._captions[key] = value, caption
        self.link_button = QPushButton(body)
        self.cut_button = QPushButton(body)
        for button in (self.link_button, self.cut_button):
            button.setEnabled(False)
            self._form.addRow(button)
        self._hint = QLabel(body)
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: palette(mid);")
        self._form.addRow(self._hint)
        self.setWidget(scrolling(body))
        self._layer: RegionLayer | None = None
        self._parents: dict[str, str] = {}
        self._row: int | None = None
        self._parks: int | None = None
        self._neighbours = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set every caption in the current language."""
        self.setWindowTitle(self.tr("Region"))
        captions = {
            "name_zh": self.tr("Chinese name"),
            "name_en": self.tr("English name"),
            "id": self.tr("Adcode"),
            "parent": self.tr("Parent"),
            "level": self.tr("Level"),
            "area": self.tr("Area"),
            "parks": self.tr("Parks"),
            "neighbours": self.tr("Neighbours"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._hint.setText(self.tr("Click a region on the map to see its details."))
        self.link_button.setText(self.tr("Link to a Region…"))
        self.link_button.setToolTip(
            self.tr("Make this region a neighbour of the next region clicked (a sea link)")
        )
        self.cut_button.setText(self.tr("Cut a Neighbour Link…"))
        self.cut_button.setToolTip(
            self.tr("Stop treating the next region clicked as this region's neighbour")
        )
        self.show_region(self._layer, self._row, self._parents, self._parks, self._neighbours)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_region(
        self,
        layer: RegionLayer | None,
        row: int | None,
        parents: dict[str, str],
        parks: int | None = None,
        neighbours: str = "",
    ) -> None:
        """Show one region (``parents`` maps parent adcodes to display names, ``parks`` is how
        many parks belong to it, ``neighbours`` lists its neighbours); None clears."""
        self._layer, self._row, self._parents, self._parks = layer, row, parents, parks
        self._neighbours = neighbours
        self._hint.setVisible(row is None)
        for button in (self.link_button, self.cut_button):
            button.setEnabled(row is not None)
        if layer is None or row is None:
            for value in self._values.values():
                value.clear()
            return
        region = layer.regions.iloc[row]
        parent_id = str(region["parent_id"])
        parent_name = parents.get(parent_id, "")
        own = layer.scope.own
        self._captions["id"].setText(self.tr("Region id") if own else self.tr("Adcode"))
        levels = {"city": self.tr("Prefecture level (city)"), "county": self.tr("County level")}
        level = levels.get(region["level"]) or self.tr("Own region layer ({file})").format(
            file=Path(own.path).name
        )
        texts = {
            "name_zh": str(region["name_zh"]),
            "name_en": str(region["name_en"]),
            "id": str(region["id"]),
            "parent": f"{parent_name} ({parent_id})" if parent_name else parent_id,
            "level": level,
            "area": self.tr("{area} km²").format(area=f"{region['area_km2']:,.0f}"),
            "parks": "" if parks is None else str(parks),
            "neighbours": neighbours,
        }
        for key, text in texts.items():
            self._values[key].setText(text)

    def value_text(self, key: str) -> str:
        """The text shown for a field (for tests)."""
        return self._values[key].text()
