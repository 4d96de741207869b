"""The timeline view: the painter, the widget around it, the overview strip and the selection."""
