"""The visible window of time and its mapping to pixels."""

from __future__ import annotations

from dataclasses import dataclass, replace

HOUR = 3600.0
DAY = 86400.0
YEAR = 365.2425 * DAY
#: The closest zoom shows two hours across the view; the widest, two thousand years.
MIN_SPAN = 2 * HOUR
MAX_SPAN = 2000 * YEAR


@dataclass(frozen=True)
class Viewport:
    """Seconds ``t0``..``t1`` (Unix time, UTC) drawn across ``width`` pixels starting at ``left``."""

    t0: float
    t1: float
    width: float
    left: float = 0.0

    @property
    def span(self) -> float:
        return self.t1 - self.t0

    @property
    def seconds_per_px(self) -> float:
        return self.span / max(self.width, 1.0)

    def x(self, t: float) -> float:
        return self.left + (t - self.t0) / self.seconds_per_px

    def t(self, x: float) -> float:
        return self.t0 + (x - self.left) * self.seconds_per_px

    def zoomed(self, factor: float, anchor_x: float | None = None) -> "Viewport":
        """Zoom by ``factor`` (> 1 zooms in) keeping the time under ``anchor_x`` in place."""
        anchor = self.t(self.left + self.width / 2 if anchor_x is None else anchor_x)
        span = min(max(self.span / factor, MIN_SPAN), MAX_SPAN)
        ratio = (anchor - self.t0) / self.span
        t0 = anchor - ratio * span
        return replace(self, t0=t0, t1=t0 + span)

    def panned(self, dx: float) -> "Viewport":
        """Move the view by ``dx`` pixels (positive moves later in time into view)."""
        dt = dx * self.seconds_per_px
        return replace(self, t0=self.t0 + dt, t1=self.t1 + dt)

    def centred_on(self, t: float) -> "Viewport":
        return replace(self, t0=t - self.span / 2, t1=t + self.span / 2)

    def with_width(self, width: float, left: float | None = None) -> "Viewport":
        """The same time range across a new pixel width (the window was resized)."""
        return replace(self, width=width, left=self.left if left is None else left)


def fit(t0: float, t1: float, width: float, left: float = 0.0, margin: float = 0.04) -> Viewport:
    """A viewport showing ``t0``..``t1`` with a small margin on both sides."""
    span = max(t1 - t0, MIN_SPAN)
    centre = (t0 + t1) / 2
    padded = min(span * (1 + 2 * margin), MAX_SPAN)
    return Viewport(centre - padded / 2, centre + padded / 2, width, left)
