"""The demo project: a real, small, fully annotated story built from the seed report.

Its data lives in the repository's ``seeds/`` folder as a hand-reviewed project JSON file and is
loaded through the same importer as any user file. Installed wheels carry a copy inside the
package (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

from timeline_app.io.project_json import import_file
from timeline_app.store.db import Project, ProjectError, create_project, exists_already, open_project

SEED_FILE = "demo.json"


def seed_dir() -> Path:
    """Where the demo's seed files are: inside an installed package, or in the checkout."""
    package_dir = Path(__file__).resolve().parent.parent
    for candidate in (package_dir / "seeds", package_dir.parent / "seeds"):
        if (candidate / SEED_FILE).is_file():
            return candidate
    raise FileNotFoundError(f"the demo's seed data ({SEED_FILE}) is missing from this installation")


def create_demo(path: Path | str) -> Project:
    """Create a new project file at ``path`` holding the demo story.

    The demo is built under a temporary name and renamed when complete, so a failure leaves
    nothing behind at ``path``.
    """
    path = Path(path)
    if path.exists():
        raise ProjectError(exists_already(path))
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    project = create_project(partial, name="Demo: Ukraine talks, December 2025")
    try:
        with project.session() as session:
            import_file(session, seed_dir() / SEED_FILE)
            session.commit()
    finally:
        project.close()
    partial.rename(path)
    return open_project(path)
