"""The translation catalogues: complete, in step with the code, compiled and used."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.i18n import _lrelease, catalogue_path, compiled_catalogue, install_language

UI_DIR = Path(__file__).resolve().parents[2] / "ui"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_chinese_translation_is_finished():
    unfinished = [
        source
        for (_, source), translation in _messages(catalogue_path("zh")).items()
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_every_tr_string_in_the_code_is_in_the_catalogue(tmp_path):
    lupdate = Path(_lrelease()).with_name(Path(_lrelease()).name.replace("lrelease", "lupdate"))
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(extracted)], check=True)
    in_code = set(_messages(extracted))
    in_catalogue = set(_messages(catalogue_path("zh")))
    assert len(in_code) > 40
    assert in_code - in_catalogue == set()
    # A string lupdate could not tie to a class (``tr = self.tr; tr("…")``) gets no context,
    # and Qt would never find its translation at run time.
    assert {source for context, source in in_code if not context} == set()


def test_placeholders_survive_translation():
    for (_, source), translation in _messages(catalogue_path("zh")).items():
        for name in ("{query}", "{value}", "{path}", "{reason}", "{area}", "{names}", "{details}", "{size}"):
            assert (name in source) == (name in (translation.text or "")), source


def test_the_catalogue_compiles_and_translates(qapp):
    assert compiled_catalogue("zh").suffix == ".qm"
    assert install_language("zh")
    assert QCoreApplication.translate("MainActions", "&File") == "文件(&F)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own catalogue
    install_language("en")
    assert QCoreApplication.translate("MainActions", "&File") == "&File"
