"""Interface language: the system locale by default, Simplified Chinese or English by choice.

The catalogues are ``resources/i18n/cluster_planner_<lang>.ts`` (English source
strings, Chinese translations). They are compiled to ``.qm`` with Qt's own
``lrelease`` (shipped in PySide6) into the user cache the first time they are
needed, and again whenever a catalogue changes; Qt's ``qtbase_zh_CN.qm`` is loaded
beside ours so stock dialogs speak Chinese too.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from maps.cache import default_cache_dir
from model.resources import resource_path

LANGUAGES = ("zh", "en")
CATALOGUE = "cluster_planner"
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``zh`` when the system locale is Chinese, else ``en``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(choice: str | None) -> str:
    """A language from a setting or option: ``zh``, ``en``, or ``system``/None."""
    if choice in LANGUAGES:
        return choice
    return system_language()


def current_language() -> str:
    """The language installed last (``zh`` or ``en``)."""
    return _current


def catalogue_path(language: str) -> Path:
    """The translation source of a language."""
    suffix = "zh_CN" if language == "zh" else "en"
    return resource_path("i18n", f"{CATALOGUE}_{suffix}.ts")


def _lrelease() -> str | None:
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / "lrelease",
        Path(sys.prefix) / "bin" / "pyside6-lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` of a language, compiled now if missing or stale; None if it cannot be."""
    source = catalogue_path(language)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = default_cache_dir() / "i18n" / f"{source.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp.qm")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(tmp)], capture_output=True, check=False)
    if result.returncode != 0 or not tmp.exists():
        return None
    tmp.replace(target)
    return target


def install_language(language: str) -> bool:
    """Install the translators of ``language`` into the running Qt application.

    Returns False when the Chinese catalogue could not be loaded (the interface then
    stays in English rather than failing).
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language != "zh":
        return True
    ok = True
    qm = compiled_catalogue(language)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        ok = False
    else:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    stock = QTranslator(app)
    if stock.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(stock)
        _installed.append(stock)
    return ok


@contextmanager
def words_in(language: str) -> Iterator[None]:
    """Translate into ``language`` for a while (an export in the other language), then
    back. The windows follow the switch and back (Qt sends them LanguageChange), so this
    is for short work on the UI thread: building an export's words, not drawing it."""
    previous = _current
    if language == previous:
        yield
        return
    install_language(language)
    try:
        yield
    finally:
        install_language(previous)
