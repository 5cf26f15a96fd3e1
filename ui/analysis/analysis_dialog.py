"""Analysis settings: neighbours, what is compared, weights, focus and thresholds.

Changes apply at once (the map, the conflicts and the why panel follow), so a planner
can watch what a threshold does; the dialog stays open beside the map.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.analysis_files import read_blocs, read_links
from model.analysis_settings import AnalysisSettings, FocusRule, ItemLevel, Weighting
from model.errors import PlannerError
from model.neighbours import NEIGHBOUR_RANGES, NeighbourMode
from ui.messages import error_text


class AnalysisDialog(QDialog):
    """The settings of the duplication analysis; ``settingsChanged`` on every change."""

    settingsChanged = Signal(object)  # AnalysisSettings
    statisticsChosen = Signal(object)  # Path of a region × sector table, or None for the parks

    def __init__(
        self, settings: AnalysisSettings, regions: pd.DataFrame | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis settings"))
        self.settings = settings
        self.regions = regions
        layout = QVBoxLayout(self)
        layout.addWidget(self._neighbour_box())
        layout.addWidget(self._measure_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        defaults = buttons.addButton(self.tr("Defaults"), QDialogButtonBox.ButtonRole.ResetRole)
        defaults.clicked.connect(lambda: self._load(AnalysisSettings()) or self._changed())
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._load(settings)
        for signal in self._signals():
            signal.connect(self._changed)

    def _neighbour_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Neighbours"), self)
        form = QFormLayout(box)
        self.mode = QComboBox(box)
        for mode, text in (
            (NeighbourMode.BORDER, self.tr("Shared border")),
            (NeighbourMode.DISTANCE, self.tr("Distance band between centres")),
            (NeighbourMode.KNN, self.tr("Nearest regions")),
            (NeighbourMode.BLOCS, self.tr("Planning blocs")),
        ):
            self.mode.addItem(text, mode.value)
        self.tolerance = self._number(box, *NEIGHBOUR_RANGES["tolerance_m"], 10, " m", 0)
        self.min_shared = self._number(box, *NEIGHBOUR_RANGES["min_shared_m"], 50, " m", 0)
        self.distance = self._number(box, *NEIGHBOUR_RANGES["distance_km"], 5, " km", 1)
        self.k = QSpinBox(box)
        self.k.setRange(*NEIGHBOUR_RANGES["k"])
        self.blocs_label, blocs_row = self._file_row(box, (self.tr("Read Blocs…"), self._read_blocs))
        self.links_label, links_row = self._file_row(
            box, (self.tr("Read Links…"), self._read_links), (self.tr("Clear"), self._clear_links)
        )
        form.addRow(self.tr("Rule"), self.mode)
        form.addRow(self.tr("Gap tolerance"), self.tolerance)
        form.addRow(self.tr("Minimum shared border"), self.min_shared)
        form.addRow(self.tr("Distance band"), self.distance)
        form.addRow(self.tr("Nearest regions (k)"), self.k)
        form.addRow(self.tr("Blocs"), blocs_row)
        form.addRow(self.tr("Links added or cut"), links_row)
        return box

    def _measure_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Measures"), self)
        form = QFormLayout(box)
        self.items = QComboBox(box)
        self.items.addItem(self.tr("Sectors"), ItemLevel.SECTOR.value)
        self.items.addItem(self.tr("Sector groups"), ItemLevel.GROUP.value)
        self.weighting = QComboBox(box)
        self.weighting.addItem(self.tr("Number of parks"), Weighting.COUNT.value)
        self.weighting.addItem(self.tr("Approved area"), Weighting.AREA.value)
        self.weighting.addItem(
            self.tr("Park level (national 3, provincial 2, other 1)"), Weighting.LEVEL.value
        )
        self.split = QCheckBox(self.tr("Divide a park's weight among its sectors"), box)
        self.statistics_label, statistics_row = self._file_row(
            box,
            (self.tr("Read Statistics…"), self._read_statistics),
            (self.tr("Use Parks"), self._clear_statistics),
        )
        self.statistics_label.setText(self.tr("from the parks"))
        self.statistics_label.setToolTip(
            self.tr("A region × sector table (output value …) that replaces the park weights")
        )
        self.focus = QComboBox(box)
        self.focus.addItem(self.tr("Declared by a park"), FocusRule.DECLARED.value)
        self.focus.addItem(self.tr("Location quotient at least"), FocusRule.LQ.value)
        self.focus.addItem(self.tr("Share at least"), FocusRule.SHARE.value)
        self.lq = self._number(box, 0.1, 20, 0.05, "", 2)
        self.share = self._number(box, 0.01, 1, 0.01, "", 2)
        self.similarity = self._number(box, 0.1, 1, 0.01, "", 2)
        self.significance = self._number(box, 0.001, 0.5, 0.01, "", 3)
        form.addRow(self.tr("Compare"), self.items)
        form.addRow(self.tr("Weight of a park"), self.weighting)
        form.addRow("", self.split)
        form.addRow(self.tr("Weights"), statistics_row)
        form.addRow(self.tr("Focus"), self.focus)
        form.addRow(self.tr("Location quotient threshold"), self.lq)
        form.addRow(self.tr("Share threshold"), self.share)
        form.addRow(self.tr("Converged at similarity"), self.similarity)
        form.addRow(self.tr("Significant cluster at p below"), self.significance)
        return box

    def _file_row(self, parent: QWidget, *buttons) -> tuple[QLabel, QHBoxLayout]:
        """A label saying what is loaded, then (text, action) buttons."""
        row = QHBoxLayout()
        label = QLabel(parent)
        row.addWidget(label, 1)
        for text, action in buttons:
            button = QPushButton(text, parent)
            button.clicked.connect(action)
            row.addWidget(button)
        return label, row

    def _number(self, parent, low, high, step, suffix, decimals) -> QDoubleSpinBox:
        box = QDoubleSpinBox(parent)
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setDecimals(decimals)
        return box

    def _signals(self):
        spins = (
            self.tolerance,
            self.min_shared,
            self.distance,
            self.k,
            self.lq,
            self.share,
            self.similarity,
            self.significance,
        )
        combos = (self.mode, self.items, self.weighting, self.focus)
        return [
            *(s.valueChanged for s in spins),
            *(c.currentIndexChanged for c in combos),
            self.split.toggled,
        ]

    def _load(self, settings: AnalysisSettings) -> None:
        widgets = [
            self.mode,
            self.items,
            self.weighting,
            self.focus,
            self.tolerance,
            self.min_shared,
            self.distance,
            self.k,
        ]
        widgets += [self.lq, self.share, self.similarity, self.significance, self.split]
        for widget in widgets:
            widget.blockSignals(True)
        nb = settings.neighbours
        self.mode.setCurrentIndex(self.mode.findData(nb.mode.value))
        self.tolerance.setValue(nb.tolerance_m)
        self.min_shared.setValue(nb.min_shared_m)
        self.distance.setValue(nb.distance_km)
        self.k.setValue(nb.k)
        self.items.setCurrentIndex(self.items.findData(settings.items.value))
        self.weighting.setCurrentIndex(self.weighting.findData(settings.weighting.value))
        self.split.setChecked(settings.split)
        self.focus.setCurrentIndex(self.focus.findData(settings.focus.value))
        self.lq.setValue(settings.lq_threshold)
        self.share.setValue(settings.share_threshold)
        self.similarity.setValue(settings.similarity_threshold)
        self.significance.setValue(settings.significance)
        for widget in widgets:
            widget.blockSignals(False)
        self.settings = settings
        self._describe_files()

    def show_settings(self, settings: AnalysisSettings) -> None:
        """Show settings changed elsewhere (an undo, another scenario) without echoing them."""
        if settings != self.settings:
            self._load(settings)

    def _describe_files(self) -> None:
        nb = self.settings.neighbours
        self.blocs_label.setText(
            self.tr("{count} blocs").format(count=len(nb.blocs)) if nb.blocs else self.tr("none")
        )
        self.links_label.setText(
            self.tr("{added} added, {cut} cut").format(added=len(nb.added), cut=len(nb.cut))
            if nb.added or nb.cut
            else self.tr("none")
        )

    def current(self) -> AnalysisSettings:
        """The settings as the controls show them."""
        nb = replace(
            self.settings.neighbours,
            mode=NeighbourMode(self.mode.currentData()),
            tolerance_m=self.tolerance.value(),
            min_shared_m=self.min_shared.value(),
            distance_km=self.distance.value(),
            k=self.k.value(),
        )
        return replace(
            self.settings,
            neighbours=nb,
            items=ItemLevel(self.items.currentData()),
            weighting=Weighting(self.weighting.currentData()),
            split=self.split.isChecked(),
            focus=FocusRule(self.focus.currentData()),
            lq_threshold=self.lq.value(),
            share_threshold=self.share.value(),
            similarity_threshold=self.similarity.value(),
            significance=self.significance.value(),
        )

    def _changed(self, *_: object) -> None:
        self.settings = self.current()
        self.settingsChanged.emit(self.settings)

    def _read_file(self, title: str, reader):
        if self.regions is None:
            return None
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("Tables (*.csv *.xlsx *.xls)"))
        if not path:
            return None
        try:
            return reader(Path(path), self.regions)
        except PlannerError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return None

    def _read_blocs(self) -> None:
        blocs = self._read_file(self.tr("Read planning blocs"), read_blocs)
        if blocs is not None:
            nb = replace(self.settings.neighbours, blocs=blocs, mode=NeighbourMode.BLOCS)
            self._load(replace(self.settings, neighbours=nb))
            self._changed()

    def _read_links(self) -> None:
        links = self._read_file(self.tr("Read neighbour links"), read_links)
        if links is not None:
            nb = replace(self.settings.neighbours, added=links[0], cut=links[1])
            self._load(replace(self.settings, neighbours=nb))
            self._changed()

    def show_statistics(self, path: Path | None) -> None:
        """Say where the weights come from."""
        self.statistics_label.setText(path.name if path else self.tr("from the parks"))

    def _read_statistics(self) -> None:
        table = self._read_file(self.tr("Read region statistics"), lambda path, _regions: path)
        if table is not None:
            self.show_statistics(table)
            self.statisticsChosen.emit(table)

    def _clear_statistics(self) -> None:
        self.show_statistics(None)
        self.statisticsChosen.emit(None)

    def _clear_links(self) -> None:
        nb = replace(self.settings.neighbours, added=(), cut=())
        self._load(replace(self.settings, neighbours=nb))
        self._changed()
