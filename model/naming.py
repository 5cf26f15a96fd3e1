"""English names for Chinese administrative regions.

Romanises the proper part of a name with pypinyin, reading characters as they are
read in place names, and renders the administrative designation the way English
usage does: prefecture-level cities and county-level cities drop 市 (沈阳市 →
Shenyang), districts and counties keep it (和平区 → Heping District), autonomous
areas name their ethnic groups (延边朝鲜族自治州 → Yanbian Korean Autonomous
Prefecture). Official English names that are not romanisations (Inner Mongolia,
Hong Kong's districts …) come from ``resources/names/official_en.csv``.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re

from model.resources import resource_path

# (Chinese suffix, English designation); the longest suffix that matches wins.
_DESIGNATIONS = (
    ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"),
    ("自治旗", "Autonomous Banner"),
    ("地区", "Prefecture"),
    ("林区", "Forestry District"),
    ("矿区", "Mining District"),
    ("新区", "New District"),
    ("特区", "Special District"),
    ("区", "District"),
    ("县", "County"),
    ("旗", "Banner"),
    ("盟", "League"),
    ("市", ""),
)
# Positional words in Inner Mongolian banners and wings: 科尔沁左翼中旗 → Horqin Left Wing Middle Banner.
_POSITIONS = (
    ("联合", "United"),
    ("左翼", "Left Wing"),
    ("右翼", "Right Wing"),
    ("前", "Front"),
    ("中", "Middle"),
    ("后", "Rear"),
    ("左", "Left"),
    ("右", "Right"),
)
_APOSTROPHE_BEFORE = re.compile(r"^[aoe]")


_TABLES = ("official_en.csv", "ethnic_groups.csv", "place_readings.csv")


@functools.cache
def tables_digest() -> str:
    """A short digest of the name tables: caches of computed names are keyed by it."""
    digest = hashlib.sha256()
    for name in _TABLES:
        digest.update(resource_path("names", name).read_bytes())
    return digest.hexdigest()[:8]


@functools.cache
def _official_names() -> dict[str, str]:
    with resource_path("names", "official_en.csv").open(encoding="utf-8") as f:
        return {row["adcode"]: row["name_en"] for row in csv.DictReader(f)}


@functools.cache
def _ethnic_groups() -> tuple[tuple[str, str], ...]:
    with resource_path("names", "ethnic_groups.csv").open(encoding="utf-8") as f:
        rows = [(row["name_zh"], row["name_en"]) for row in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _place_readings() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(character → preferred reading, phrase → readings) for place names."""
    chars: dict[str, str] = {}
    phrases: dict[str, list[str]] = {}
    with resource_path("names", "place_readings.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text, readings = row["text"], row["pinyin"].split()
            if len(text) == 1:
                chars[text] = readings[0]
            elif len(readings) == len(text):
                phrases[text] = readings
    return chars, phrases


def syllables(text: str) -> list[str]:
    """Pinyin syllables (no tones, ü kept) of a place name's proper part."""
    from pypinyin import lazy_pinyin  # imported late: it costs 0.3 s at start-up

    result = lazy_pinyin(text, v_to_u=True, errors=lambda s: list(s))
    if len(result) != len(text):
        return result
    chars, phrases = _place_readings()
    fixed = [chars.get(ch, result[i]) for i, ch in enumerate(text)]
    for phrase, readings in phrases.items():
        start = text.find(phrase)
        while start >= 0:
            fixed[start : start + len(phrase)] = readings
            start = text.find(phrase, start + 1)
    return fixed


def romanise(text: str) -> str:
    """Hanyu Pinyin as written in place names: 台安 → Tai'an, 旅顺口 → Lüshunkou."""
    parts = syllables(text)
    joined = "".join(("'" + s if i and _APOSTROPHE_BEFORE.match(s) else s) for i, s in enumerate(parts))
    return joined[:1].upper() + joined[1:]


def _split_designation(name: str) -> tuple[str, str]:
    for suffix, english in _DESIGNATIONS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], english
    return name, ""


def _split_ethnic(core: str) -> tuple[str, list[str]]:
    """Peel ethnic designations off the end: 海西蒙古族藏族 → (海西, [Mongol, Tibetan])."""
    groups: list[str] = []
    while True:
        for zh, en in _ethnic_groups():
            if core.endswith(zh) and len(core) > len(zh):
                core = core[: -len(zh)]
                groups.insert(0, en)
                break
        else:
            return core, groups


def _split_positions(core: str) -> tuple[str, list[str]]:
    words: list[str] = []
    while True:
        for zh, en in _POSITIONS:
            if core.endswith(zh) and len(core) > len(zh) + 1:
                core = core[: -len(zh)]
                words.insert(0, en)
                break
        else:
            return core, words


def core_name(name_zh: str) -> str:
    """A region's name without designation or ethnic groups: 延边朝鲜族自治州 → 延边, 瓦房店市 → 瓦房店."""
    core, designation = _split_designation(name_zh)
    if designation.startswith("Autonomous"):
        core, _ = _split_ethnic(core)
    return core


def english_name(name_zh: str, adcode: str = "") -> str:
    """The English name of a region, from its Chinese name (and adcode for official names)."""
    return _english_words(name_zh, adcode, short=False)


def short_english_name(name_zh: str, adcode: str = "") -> str:
    """The English name without designations, for crowded map labels: 岫岩满族自治县 → Xiuyan."""
    return _english_words(name_zh, adcode, short=True)


_DESIGNATION_WORDS = frozenset(
    {"Autonomous", "Prefecture", "League", "District", "County", "Banner", "Parish"}
)


def _short_official(name: str) -> str:
    """An official English name up to its designation: Ili Kazak Autonomous Prefecture → Ili."""
    stop = _DESIGNATION_WORDS | {en for _, en in _ethnic_groups()}
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in stop:
            return " ".join(words[:i])
    return name


def _english_words(name_zh: str, adcode: str, short: bool) -> str:
    official = _official_names().get(adcode)
    if official:
        return _short_official(official) if short else official
    core, designation = _split_designation(name_zh)
    ethnic: list[str] = []
    if designation.startswith("Autonomous"):
        names = dict(_ethnic_groups())
        whole = names.get(core) or names.get(core + "族")
        if whole:  # the name is the ethnic group itself: 鄂温克族自治旗
            return whole if short else f"{whole} {designation}"
        core, ethnic = _split_ethnic(core)
    positions: list[str] = []
    if "Banner" in designation or core.endswith(("左翼", "右翼")):
        core, positions = _split_positions(core)
    words = [romanise(core), *positions] + ([] if short else [*ethnic, designation])
    return " ".join(w for w in words if w)


def search_key(text_zh: str) -> str:
    """What a Chinese name can be found by when typing Latin letters: its pinyin, joined and
    spaced, and its initials (沈阳经济技术开发区 → "shenyangjingji… shen yang … syjjjskfq")."""
    parts = [p.lower() for p in syllables(text_zh) if p.strip()]
    initials = "".join(p[0] for p in parts if p and p[0].isalpha())
    return f"{''.join(parts)} {' '.join(parts)} {initials}"
