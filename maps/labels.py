"""Label placement without overlaps: larger regions first, a label only where it fits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LINE_HEIGHT_EM = 1.3
PADDING_PX = 3.0


def text_width_em(text: str) -> float:
    """Approximate advance of a string in ems: CJK characters are square, Latin about half."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.56 for ch in text)


def axes_pixels(ax, points: np.ndarray) -> np.ndarray:
    """Map points in pixels from the axes' lower-left corner (a map may sit anywhere on a page)."""
    return ax.transData.transform(points) - (ax.bbox.x0, ax.bbox.y0)


def axes_pixels_to_data(ax, px: np.ndarray) -> np.ndarray:
    """The inverse of ``axes_pixels``."""
    return ax.transData.inverted().transform(np.asarray(px) + (ax.bbox.x0, ax.bbox.y0))


def label_box(text: str, x_px: float, y_px: float, font_px: float) -> np.ndarray:
    """The box (x0, y0, x1, y1, pixels) a label centred at a point takes, padding included."""
    half_w = text_width_em(text) * font_px / 2 + PADDING_PX
    half_h = LINE_HEIGHT_EM * font_px / 2 + PADDING_PX
    return np.array([x_px - half_w, y_px - half_h, x_px + half_w, y_px + half_h])


@dataclass(frozen=True)
class LabelRequest:
    """A label that would sit at a pixel position, for a region of a given on-screen area."""

    key: int
    text: str
    x_px: float
    y_px: float
    region_area_px: float


def place_labels(
    requests: list[LabelRequest],
    font_px: float,
    view_px: tuple[float, float],
    min_fill: float = 0.35,
    always: frozenset[int] = frozenset(),
) -> list[int]:
    """The keys of the labels to draw: no two boxes overlap, every box inside the view.

    Regions are taken largest first; a label is dropped when its box would overlap one
    already placed, or when its region is much smaller on screen than the label
    (``min_fill``: region area / label box area), unless its key is in ``always``.
    """
    width, height = view_px
    placed: list[int] = []
    boxes = np.empty((0, 4))
    ordered = sorted(requests, key=lambda r: (r.key not in always, -r.region_area_px))
    for req in ordered:
        box = label_box(req.text, req.x_px, req.y_px, font_px)
        if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
            continue
        if req.key not in always and req.region_area_px < min_fill * (box[2] - box[0]) * (box[3] - box[1]):
            continue
        if len(boxes) and np.any(
            (boxes[:, 0] < box[2]) & (box[0] < boxes[:, 2]) & (boxes[:, 1] < box[3]) & (box[1] < boxes[:, 3])
        ):
            continue
        placed.append(req.key)
        boxes = np.vstack([boxes, box])
    return placed
