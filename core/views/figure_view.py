"""A figure with what goes around it on a page: its summary sentence, table alternative and numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.data.chart_exports import Export
from core.svg.drawing import Drawing


@dataclass(frozen=True)
class FigureView:
    """A drawing with its summary sentence, its table alternative and the file of its numbers."""

    drawing: Drawing
    summary: str
    table: pd.DataFrame
    export: Export
