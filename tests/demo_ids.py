"""Record ids of the demo project, which its importer derives from the seed file's own names."""

import uuid

from timeline_app.io.project_json import ID_NAMESPACE


def seed_id(kind: str, name: str) -> str:
    """The record id the importer gives ``name`` of this ``kind`` in ``seeds/demo.json``."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{name}"))


KREMLIN_DENIAL = seed_id("claim", "kremlin-denies-direct-talks")
KYIV_CLAIM = seed_id("claim", "kyiv-direct-talks-possible")
