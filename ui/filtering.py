"""A row filter change on a QSortFilterProxyModel, on every supported Qt version."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QSortFilterProxyModel


@contextlib.contextmanager
def rows_filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change what a proxy's ``filterAcceptsRow`` accepts inside the ``with`` block."""
    # Qt 6.9 replaced invalidateRowsFilter() by begin/endFilterChange(); support both.
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        yield
        proxy.invalidateRowsFilter()
