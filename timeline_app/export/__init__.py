"""Printed and pictured timelines: PDF, PNG and SVG, and the print dialog, drawn by the screen's painter."""
