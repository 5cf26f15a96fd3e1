"""File › Export Map…: what to export (the map as shown, an atlas, a before/after pair, a
briefing pack), page size, resolution, language and the page's words, with a preview of
the first page that follows every change. Settings are remembered between exports; the
pages are drawn and written on the worker pool with progress and Cancel.

Edit › Copy Map puts the map page, as the dialog last set it, on the clipboard.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from maps.export_files import save_page
from maps.page import MAX_DPI, PAGE_SIZES
from model.errors import PlannerError
from ui.export.jobs import ExportChoice, Shown, plan_export, write_export
from ui.i18n import current_language
from ui.jobs import Jobs
from ui.messages import error_text

PREVIEW_DPI = 60
CLIPBOARD_DPI = 150
SETTINGS_GROUP = "export"


def load_choice(settings: QSettings) -> ExportChoice:
    """The export settings last used (defaults where none are stored)."""
    stored = settings.value(SETTINGS_GROUP + "/choice", {}) or {}
    default = ExportChoice(language=current_language())
    values = {}
    for key, value in asdict(default).items():
        raw = stored.get(key, value) if isinstance(stored, dict) and key not in NOT_REMEMBERED else value
        values[key] = (
            type(value)(raw) if not isinstance(value, bool) else raw in (True, "true", "True", 1, "1")
        )
    if values["size"] not in PAGE_SIZES:
        values["size"] = default.size
    return ExportChoice(**values)


# Words that belong to one page, not to the planner's habits: an earlier title ("（方案二）")
# must not reappear over another scenario. Empty, they follow what is shown.
NOT_REMEMBERED = ("title", "subtitle", "view")  # the view follows the window's


def save_choice(settings: QSettings, choice: ExportChoice) -> None:
    """Remember the settings for the next export (all but the page's own words)."""
    remembered = {k: v for k, v in asdict(choice).items() if k not in NOT_REMEMBERED}
    settings.setValue(SETTINGS_GROUP + "/choice", remembered)


class ExportDialog(QDialog):
    """See the module docstring."""

    def __init__(self, shown: Callable[[], Shown], settings: QSettings, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.shown, self.settings, self.window = shown, settings, parent
        self.session = shown().session
        self.setObjectName("ExportDialog")
        self.jobs = Jobs(self)
        self._progress: QProgressDialog | None = None
        self.jobs.progress.connect(self._progressed)
        self.jobs.done.connect(self._finished)
        self.jobs.failed.connect(self._failed)
        self.kind = QComboBox(self)
        self.view = QComboBox(self)  # set from the window's view each time the dialog opens
        self.size = QComboBox(self)
        self.dpi = QSpinBox(self)
        self.dpi.setRange(72, MAX_DPI)
        self.dpi.setSingleStep(50)
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.written_box: QMessageBox | None = None  # says where the last export went
        self.title = QLineEdit(self)
        self.subtitle = QLineEdit(self)
        self.stamp = QCheckBox(self)
        self.approval = QLineEdit(self)
        self.locator = QCheckBox(self)
        self.as_on_screen = QCheckBox(self)
        self.svg_text = QComboBox(self)
        self.before, self.after = QComboBox(self), QComboBox(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 320)
        self.preview.setStyleSheet("background: #dee2e6;")
        self.form = QFormLayout()
        self._labels = {
            key: QLabel(self)
            for key in (
                "kind",
                "view",
                "before",
                "after",
                "size",
                "dpi",
                "language",
                "title",
                "subtitle",
                "approval",
                "svg_text",
            )
        }
        for key, widget in (
            ("kind", self.kind),
            ("view", self.view),
            ("before", self.before),
            ("after", self.after),
            ("size", self.size),
            ("dpi", self.dpi),
            ("language", self.language),
            ("title", self.title),
            ("subtitle", self.subtitle),
        ):
            self.form.addRow(self._labels[key], widget)
        self.form.addRow(self.stamp)
        self.form.addRow(self._labels["approval"], self.approval)
        self.form.addRow(self.locator)
        self.form.addRow(self.as_on_screen)
        self.form.addRow(self._labels["svg_text"], self.svg_text)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = QPushButton(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.ask_export)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.close_button.clicked.connect(self.reject)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.form)
        left_layout.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._preview_timer = QTimer(self, singleShot=True, interval=350)
        self._preview_timer.timeout.connect(self.update_preview)
        self.retranslate()
        self.show_choice(load_choice(settings))
        for signal in (
            self.kind.currentIndexChanged,
            self.view.currentIndexChanged,
            self.size.currentIndexChanged,
            self.language.currentIndexChanged,
            self.title.textChanged,
            self.subtitle.textChanged,
            self.stamp.toggled,
            self.approval.textChanged,
            self.locator.toggled,
            self.as_on_screen.toggled,
            self.before.currentIndexChanged,
            self.after.currentIndexChanged,
        ):
            signal.connect(self._changed)

    # -- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Export Map"))
        kinds = {
            "map": self.tr("The map as shown"),
            "atlas-contested": self.tr("Atlas: one page per contested sector"),
            "atlas-all": self.tr("Atlas: one page per sector with a focus"),
            "before-after": self.tr("Before and after: two maps side by side on one page"),
            "briefing": self.tr("Briefing pack (PDF): map, conflicts, indicators, roles, similarity"),
        }
        _refill(self.kind, kinds)
        views = {
            "duplication": self.tr("Duplicated focus (under the plan: what it leaves)"),
            "plan": self.tr("The plan: who leads, who supports"),
            "plain": self.tr("Zones only"),
        }
        _refill(self.view, views)
        sizes = {
            "A4": self.tr("A4 portrait"),
            "A4-landscape": self.tr("A4 landscape"),
            "A3": self.tr("A3 portrait"),
            "A3-landscape": self.tr("A3 landscape"),
            "16:9": self.tr("16:9 slide"),
        }
        _refill(self.size, sizes)
        svg = {
            "paths": self.tr("Outlines (looks the same everywhere)"),
            "embed": self.tr("Text, font embedded (browsers, editing)"),
        }
        _refill(self.svg_text, svg)
        words = {
            "kind": self.tr("Export"),
            "view": self.tr("Map shows"),
            "before": self.tr("Before"),
            "after": self.tr("After"),
            "size": self.tr("Page"),
            "dpi": self.tr("Resolution"),
            "language": self.tr("Language"),
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "approval": self.tr("Map approval No."),
            "svg_text": self.tr("SVG text"),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        self.dpi.setSuffix(" dpi")
        self.title.setPlaceholderText(self.tr("what the map shows"))
        self.subtitle.setPlaceholderText(self.tr("the scenario and today's date"))
        self.approval.setPlaceholderText(self.tr("e.g. 辽S（2026）001号 (printed at the foot)"))
        self.stamp.setText(self.tr("“Internal” stamp (内部资料)"))
        self.locator.setText(self.tr("Locator inset (the province within China)"))
        self.as_on_screen.setText(
            self.tr("The map as on screen (default: the whole province fills the page)")
        )
        self.export_button.setText(self.tr("Export…"))
        self.copy_button.setText(self.tr("Copy to Clipboard"))

    # -- settings ---------------------------------------------------------------------------
    def show_choice(self, choice: ExportChoice) -> None:
        """Put settings in the form."""
        names = [s.name for s in self.session.scenarios]
        for box, name in ((self.before, choice.before), (self.after, choice.after)):
            box.blockSignals(True)
            box.clear()
            if box is self.before:  # the usual pair: the baseline and a plan
                box.addItem(self.tr("Baseline (no roles)"), "")
            for scenario in names:
                box.addItem(scenario, scenario)
            box.setCurrentIndex(max(box.findData(name), 0))
            box.blockSignals(False)
        if not choice.after and self.session.current is not None:
            self.after.setCurrentIndex(max(self.after.findData(self.session.current.name), 0))
        self.view.setCurrentIndex(max(self.view.findData(choice.view), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(choice.kind), 0))
        self.size.setCurrentIndex(max(self.size.findData(choice.size), 0))
        self.dpi.setValue(choice.dpi)
        self.language.setCurrentIndex(max(self.language.findData(choice.language), 0))
        self.title.setText(choice.title)
        self.subtitle.setText(choice.subtitle)
        self.stamp.setChecked(choice.stamp)
        self.approval.setText(choice.approval)
        self.locator.setChecked(choice.locator)
        self.as_on_screen.setChecked(choice.as_on_screen)
        self.svg_text.setCurrentIndex(max(self.svg_text.findData(choice.svg_text), 0))
        self._show_kind()

    def choice(self) -> ExportChoice:
        """The settings in the form."""
        return ExportChoice(
            kind=self.kind.currentData(),
            size=self.size.currentData(),
            dpi=self.dpi.value(),
            language=self.language.currentData(),
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            stamp=self.stamp.isChecked(),
            approval=self.approval.text().strip(),
            locator=self.locator.isChecked(),
            as_on_screen=self.as_on_screen.isChecked(),
            svg_text=self.svg_text.currentData(),
            view=self.view.currentData(),
            before=self.before.currentData(),
            after=self.after.currentData(),
        )

    def follow_the_window(self) -> None:
        """Start from the view the window shows (the plan view only where there are roles)."""
        shown = self.shown()
        roles = shown.session.current is not None and bool(shown.session.current.roles)
        view = "plan" if shown.plan_view and roles else "duplication" if shown.duplication else "plain"
        self.view.setCurrentIndex(max(self.view.findData(view), 0))

    def _show_kind(self) -> None:
        pair = self.kind.currentData() == "before-after"
        for key, widget in (("before", self.before), ("after", self.after)):
            widget.setVisible(pair)
            self._labels[key].setVisible(pair)
        self.as_on_screen.setVisible(self.kind.currentData() == "map")  # the other kinds fit the province
        briefing = self.kind.currentData() == "briefing"  # the pack has every view
        self.view.setVisible(not briefing)
        self._labels["view"].setVisible(not briefing)

    def _changed(self) -> None:
        self._show_kind()
        self._preview_timer.start()

    # -- preview, clipboard -----------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """Preview as soon as the dialog shows."""
        super().showEvent(event)
        self._preview_timer.start(0)

    def update_preview(self) -> None:
        """Draw the first page small (the same drawing as the export, at a low resolution)."""
        image = self._render(PREVIEW_DPI)
        if image is None:
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(pixmap)

    def _render(self, dpi: int) -> QImage | None:
        """The first page of the export at ``dpi``, as an image; None (and a message) on failure."""
        if self.session.layer is None or self.session.current is None:
            return None
        choice = self.choice()
        try:
            planned = plan_export(self.shown(), ExportChoice(**{**asdict(choice), "dpi": dpi}))
            if not planned.pages:
                self.preview.setText(self.tr("Nothing to export: no sector is contested."))
                return None
            first = planned.pages[0]()
            figure = first[0] if isinstance(first, list) else first
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=dpi)
        except PlannerError as exc:
            self.preview.setText(error_text(exc))
            return None
        return QImage.fromData(buffer.getvalue(), "PNG")

    def copy_to_clipboard(self) -> None:
        """The first page at 150 dpi on the clipboard (for a slide or a message)."""
        image = self._render(CLIPBOARD_DPI)
        if image is not None:
            QGuiApplication.clipboard().setImage(image)
            self.window.statusBar().showMessage(self.tr("The map is on the clipboard."), 5000)

    # -- exporting --------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Ask where to write, then export."""
        choice = self.choice()
        save_choice(self.settings, choice)
        filters = self._filters(choice.kind)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Map"), self._suggested_name(choice), filters
        )
        if path:
            self.export(Path(path), choice)

    def _filters(self, kind: str) -> str:
        pdf = self.tr("PDF (*.pdf)")
        if kind == "briefing":
            return pdf
        return ";;".join((self.tr("PNG image (*.png)"), pdf, self.tr("SVG drawing (*.svg)")))

    def _suggested_name(self, choice: ExportChoice) -> str:
        layer = self.session.layer
        place = layer.scope.province.name_zh if layer.scope.province else "全国"
        suffix = ".pdf" if choice.kind in ("briefing", "atlas-contested", "atlas-all") else ".png"
        return f"{place}-{choice.kind}{suffix}"

    @property
    def job(self) -> int | None:
        """The ticket of the export under way (None when none is)."""
        return self.jobs.ticket if self.jobs.busy else None

    def export(self, path: Path, choice: ExportChoice | None = None) -> int | None:
        """Export to ``path`` in the background (progress and Cancel); the job's ticket."""
        choice = choice or self.choice()
        if choice.kind == "briefing" and path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            planned = plan_export(self.shown(), choice)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Export Map"), error_text(exc))
            return None
        progress = QProgressDialog(self.tr("Drawing the pages…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self.jobs.cancel)
        self._progress = progress
        svg_text = choice.svg_text
        return self.jobs.start(lambda state: write_export(planned, path, svg_text, state))

    def _progressed(self, fraction: float) -> None:
        if self._progress is not None:
            self._progress.setValue(int(fraction * 100))

    def _finished(self, written: list[Path]) -> None:
        if self._progress is not None:
            self._progress.reset()
        if written:
            text = self.tr("Exported {n} file(s): {first}").format(n=len(written), first=written[0])
            self._say_written(written)
        else:
            text = self.tr("Export cancelled: nothing was written.")
        self.window.statusBar().showMessage(text, 10000)

    def _say_written(self, written: list[Path]) -> None:
        """Where the export went, with Open and Show in Folder (not modal: work goes on)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export Map"), "", parent=self.window)
        box.setText(self.tr("Written: {file}").format(file=written[0].name))
        more = self.tr(" and {n} more").format(n=len(written) - 1) if len(written) > 1 else ""
        box.setInformativeText(f"{written[0].parent}{more}")
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0]))))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].parent)))
        )
        box.open()
        self.written_box = box

    def _failed(self, error) -> None:
        if self._progress is not None:
            self._progress.reset()
        text = error_text(error) if isinstance(error, PlannerError) else str(error)
        QMessageBox.warning(self, self.tr("Export Map"), text)


def _refill(box: QComboBox, items: dict[str, str]) -> None:
    """Reword a combo box's items (key → text), keeping the choice and sending no signal."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for key, text in items.items():
        box.addItem(text, key)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.blockSignals(False)


def export_page_now(shown: Shown, choice: ExportChoice, path: Path) -> None:
    """Export the first page of a choice synchronously (for the screenshot command and tests)."""
    planned = plan_export(shown, choice)
    save_page(planned.pages[0](), path, svg_text=choice.svg_text, title=planned.title)
