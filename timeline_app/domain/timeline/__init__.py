"""The timeline's geometry in pure Python: scale, axis ticks, lanes, stacking and clustering.

Text widths are injected (a ``measure(text) -> float`` callable), so the same layout serves the
screen, the PDF export and the tests without a display.
"""
