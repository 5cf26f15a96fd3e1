"""The "why" panel: how a pair of neighbouring regions is measured, with every input.

For the pair picked in the conflicts table or the similarity matrix it shows the two
regions' sector shares side by side, each measure's formula with the numbers put in, the
thresholds, and the pair's percentile, so a flag can always be explained in a meeting.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from model.analysis_settings import FocusRule
from model.duplication import Analysis
from model.sectors import Taxonomy
from ui.item_names import item_name


class WhyPanel(QDockWidget):
    """A dock explaining one pair's measures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhyPanel")
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.setWidget(self.text)
        self._shown: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Why flagged"))
        if self._shown is None:
            hint = self.tr("Select a conflict or a cell of the similarity matrix.")
            self.text.setHtml(f"<p style='color:gray'>{hint}</p>")
        else:
            self.show_pair(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        """Show the hint only."""
        self._shown = None
        self.retranslate()

    def show_pair(
        self, analysis: Analysis, a: int, b: int, names: list[str], taxonomy: Taxonomy, language: str
    ) -> None:
        """Explain the pair of region rows ``a`` and ``b``."""
        self._shown = (analysis, a, b, names, taxonomy, language)
        s, settings = analysis.shares, analysis.settings
        name_a, name_b = html.escape(names[a]), html.escape(names[b])
        num = float((s[a] * s[b]).sum())
        sq_a, sq_b = float((s[a] ** 2).sum()), float((s[b] ** 2).sum())
        similarity = analysis.similarity[a, b]
        krugman = float(np.abs(s[a] - s[b]).sum())
        both = int((analysis.focus[a] & analysis.focus[b]).sum())
        either = int((analysis.focus[a] | analysis.focus[b]).sum())
        pair = analysis.pairs[
            ((analysis.pairs["a"] == a) & (analysis.pairs["b"] == b))
            | ((analysis.pairs["a"] == b) & (analysis.pairs["b"] == a))
        ]
        parts = [f"<h3>{name_a} — {name_b}</h3>"]
        parts.append(f"<p><b>{self._plain_words(analysis, a, b, names, taxonomy, language)}</b></p>")
        parts.append(f"<p>{self._link_text(analysis, a, b)}</p>")
        parts.append(f"<p>{self._focus_rule(analysis)}</p>")
        if np.isnan(similarity):
            undefined = self.tr(
                "One of the two regions has no weight in any sector: the measures are undefined."
            )
            parts.append(f"<p>{undefined}</p>")
        else:
            converged = (
                self.tr("converged")
                if similarity >= settings.similarity_threshold
                else self.tr("not converged")
            )
            parts.append(
                "<p><b>"
                + self.tr("Structure similarity (UNIDO)")
                + "</b><br>S = Σ s<sub>A,k</sub> s<sub>B,k</sub> / √(Σ s<sub>A,k</sub>² · Σ s<sub>B,k</sub>²)"
                + f" = {num:.3f} / √({sq_a:.3f} × {sq_b:.3f}) = <b>{similarity:.3f}</b><br>"
                + self.tr("{verdict} at the threshold {threshold}").format(
                    verdict=converged, threshold=settings.similarity_threshold
                )
            )
            if len(pair) and not np.isnan(pair["percentile"].iat[0]):
                parts[-1] += "<br>" + self.tr(
                    "More similar than {p:.0f}% of all region pairs of this map."
                ).format(p=pair["percentile"].iat[0])
            parts[-1] += "</p>"
            parts.append(
                "<p><b>"
                + self.tr("Krugman dissimilarity")
                + "</b><br>K = Σ |s<sub>A,k</sub> − s<sub>B,k</sub>|"
                + f" = <b>{krugman:.3f}</b> "
                + self.tr("(0: the same mix, 2: nothing in common)")
                + "</p>"
            )
        jaccard = f"{both}/{either} = <b>{both / either:.3f}</b>" if either else "—"
        parts.append(
            "<p><b>" + self.tr("Jaccard overlap of focus sets") + "</b><br>|F<sub>A</sub> ∩ F<sub>B</sub>| / "
            f"|F<sub>A</sub> ∪ F<sub>B</sub>| = {jaccard}</p>"
        )
        parts.append(self._shares_table(analysis, a, b, name_a, name_b, taxonomy, language))
        caution = self.tr(
            "A flag means review, not bad: neighbours focusing on the same sector "
            "can also form a healthy cluster."
        )
        parts.append(f"<p style='color:gray'>{caution}</p>")
        self.text.setHtml("".join(parts))

    def _plain_words(
        self, analysis: Analysis, a: int, b: int, names: list[str], taxonomy: Taxonomy, language: str
    ) -> str:
        """The flag in one sentence per sector, before any measure: who focuses on what, with
        how many zones on each side."""
        flags = analysis.duplicates
        mine = flags[((flags["a"] == a) & (flags["b"] == b)) | ((flags["a"] == b) & (flags["b"] == a))]
        if mine.empty:
            return html.escape(
                self.tr("{a} and {b} share no duplicated focus.").format(a=names[a], b=names[b])
            )
        sentences = []
        for item in dict.fromkeys(mine["item"].astype(int)):
            count_a = len(analysis.data.park_ids.get((a, item), ()))
            count_b = len(analysis.data.park_ids.get((b, item), ()))
            sentences.append(
                self.tr(
                    "{a} and {b} both focus on {sector}: {count_a} zones in {a}, {count_b} in {b}."
                ).format(
                    a=names[a],
                    b=names[b],
                    sector=taxonomy.name(analysis.items[item], language),
                    count_a=count_a,
                    count_b=count_b,
                )
            )
        return "<br>".join(html.escape(t) for t in sentences)

    def _link_text(self, analysis: Analysis, a: int, b: int) -> str:
        graph = analysis.graph
        lo, hi = min(a, b), max(a, b)
        where = np.flatnonzero((graph.pairs[:, 0] == lo) & (graph.pairs[:, 1] == hi))
        if not len(where):
            return self.tr("Not neighbours under the current rule.")
        source, shared = graph.source[where[0]], graph.shared_m[where[0]]
        if source == "border":
            return self.tr("Neighbours: they share {km:.1f} km of border.").format(km=shared / 1000)
        return {
            "distance": self.tr("Neighbours: their centres are within the distance band."),
            "knn": self.tr("Neighbours: one is among the other's nearest regions."),
            "bloc": self.tr("Neighbours: members of the same planning bloc."),
        }.get(source, self.tr("Neighbours: linked by hand."))

    def _focus_rule(self, analysis: Analysis) -> str:
        settings = analysis.settings
        level = self.tr("sector level") if settings.items.value == "sector" else self.tr("sector-group level")
        rule = {
            FocusRule.DECLARED: self.tr("a park in the region declares the sector"),
            FocusRule.LQ: self.tr("location quotient LQ = s<sub>k</sub> / s<sub>k,scope</sub> ≥ {t}").format(
                t=settings.lq_threshold
            ),
            FocusRule.SHARE: self.tr("share s<sub>k</sub> ≥ {t}").format(t=settings.share_threshold),
        }[settings.focus]
        return self.tr("Compared at {level}; a sector is a focus when {rule}.").format(level=level, rule=rule)

    def _shares_table(
        self, analysis: Analysis, a: int, b: int, name_a: str, name_b: str, taxonomy: Taxonomy, language: str
    ) -> str:
        s, lq, focus = analysis.shares, analysis.lq, analysis.focus
        shown = np.flatnonzero((s[a] > 0) | (s[b] > 0))
        shown = shown[np.argsort(-(s[a, shown] + s[b, shown]), kind="stable")]
        sector, both = self.tr("Sector"), self.tr("Both")
        head = (
            f"<tr><th align='left'>{sector}</th><th>A</th><th>B</th>"
            f"<th>LQ A</th><th>LQ B</th><th>{both}</th></tr>"
        )
        rows = []
        for k in shown:
            code = analysis.items[k]
            label = html.escape(
                item_name(taxonomy, code, language, analysis.settings.items.value == "sector")
            )
            mark = "●" if focus[a, k] and focus[b, k] else ""
            share_a, share_b = (f"<b>{s[r, k]:.0%}</b>" if focus[r, k] else f"{s[r, k]:.0%}" for r in (a, b))
            rows.append(
                f"<tr><td>{label}</td><td align='right'>{share_a}</td><td align='right'>{share_b}</td>"
                f"<td align='right'>{lq[a, k]:.2f}</td><td align='right'>{lq[b, k]:.2f}</td>"
                f"<td align='center'>{mark}</td></tr>"
            )
        caption = self.tr("Sector shares of A: {a} and B: {b} (bold: a focus)").format(a=name_a, b=name_b)
        score = self.tr(
            "● both focus on it: a duplicated focus, scored √(s<sub>A,k</sub> · s<sub>B,k</sub>), "
            "the geometric mean of the two shares (1: both regions wholly in that sector)."
        )
        table = f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"
        return f"<p><b>{caption}</b></p>{table}<p>{score}</p>"
