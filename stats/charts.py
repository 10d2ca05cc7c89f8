"""Horizontal bar charts laid out in Python, drawn as inline SVG by the template.

Each bar gets its own line with the label above it, so long Vietnamese labels
stay legible at 360 px without rotating text. Coordinates are in SVG user units
of a 320-unit-wide viewBox, which the stylesheet scales to the column width.
"""

from dataclasses import dataclass

WIDTH = 320
ROW_HEIGHT = 42
LABEL_BASELINE = 15
BAR_TOP = 21
BAR_HEIGHT = 15
VALUE_ROOM = 44  # room right of the longest bar for its number
LABEL_MAX_CHARS = 40


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    count: int
    label_y: int
    bar_y: int
    bar_width: float
    value_x: float
    value_y: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_height: int
    bars: list[Bar]


def shorten(label, limit=LABEL_MAX_CHARS):
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,") + "…"


def bar_chart(rows):
    top = max((row.count for row in rows), default=0)
    scale = (WIDTH - VALUE_ROOM) / top if top else 0
    bars = []
    for i, row in enumerate(rows):
        y = i * ROW_HEIGHT
        bar_width = round(row.count * scale, 1)
        bars.append(
            Bar(
                label=row.label,
                short_label=shorten(row.label),
                count=row.count,
                label_y=y + LABEL_BASELINE,
                bar_y=y + BAR_TOP,
                # A zero still shows a hairline, so the row does not look missing.
                bar_width=max(bar_width, 1.5),
                value_x=bar_width + 6,
                value_y=y + BAR_TOP + BAR_HEIGHT - 3,
            )
        )
    return Chart(width=WIDTH, height=len(rows) * ROW_HEIGHT + 4, bar_height=BAR_HEIGHT, bars=bars)
