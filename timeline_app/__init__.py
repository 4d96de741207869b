"""timeline_app: a desktop event timeline and claim tracker.

Layers, each importing only those below it: ``ui`` -> ``commands`` -> ``store`` -> ``domain``;
``io`` reads and writes other formats through ``store``.
"""

__version__ = "0.1.0"

APP_NAME = "timeline_app"
APP_ID = "org.timelineapp.TimelineApp"
PROJECT_SUFFIX = ".tlproj"
