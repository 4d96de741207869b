"""The words drawn beside items and shown in their tooltips, at each date's own precision."""

from __future__ import annotations

from timeline_app.domain.dates import edtf_label
from timeline_app.domain.timeline.items import APPROXIMATE, IMPRECISE, OPEN_END, OPEN_START, UNCERTAIN, TimelineData

#: Flags that make a date worth showing in the label itself, not only in the tooltip.
TELLING = APPROXIMATE | UNCERTAIN | OPEN_START | OPEN_END | IMPRECISE


def date_label(data: TimelineData, key: int, lang: str = "en") -> str:
    """The item's date as the source stated it: "Nov 2025", "~14 Dec 2025", "14–15 Dec 2025"."""
    text = data.text(key)
    if not text.end_edtf:
        return edtf_label(text.edtf, lang)
    return f"{edtf_label(text.edtf, lang)} – {edtf_label(text.end_edtf, lang)}"


class Labeller:
    """Labels for the layout, cached per item: a title, plus the date where it is not plain."""

    def __init__(self, data: TimelineData, lang: str = "en"):
        self.data, self.lang = data, lang
        self._cache: dict[int, str] = {}

    def prefetch(self, keys: list[int]) -> None:
        self.data.texts(k for k in keys if k not in self._cache)

    def __call__(self, key: int) -> str:
        label = self._cache.get(key)
        if label is None:
            title = self.data.text(key).title
            label = f"{title} · {date_label(self.data, key, self.lang)}" if self.data.flags[key] & TELLING else title
            self._cache[key] = label
        return label

    def forget(self) -> None:
        self._cache.clear()
