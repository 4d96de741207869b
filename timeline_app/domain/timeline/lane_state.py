"""Which lanes the user collapsed, hid or moved: view state that is saved with the project.

Kept as lane keys (party ids, tag ids, "joint", ...), so it survives edits that add or remove
lanes: a key whose lane is gone is ignored, and a new lane takes its place in the grouping's
order after the ones the user ordered.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LaneState:
    collapsed: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, state: object) -> LaneState:
        """The state saved by :meth:`to_dict`; anything malformed in it is dropped, not trusted."""
        def keys(name: str) -> list[str]:
            value = state.get(name) if isinstance(state, dict) else None
            return [k for k in value if isinstance(k, str)] if isinstance(value, list) else []
        return cls(set(keys("collapsed")), set(keys("hidden")), keys("order"))

    def to_dict(self) -> dict:
        return {"collapsed": sorted(self.collapsed), "hidden": sorted(self.hidden), "order": list(self.order)}

    def arranged(self, lanes: list[str], visible_only: bool = False) -> list[str]:
        """``lanes`` (keys in the grouping's order) in display order: the user's order first, the
        rest as the grouping has them; without the hidden ones when ``visible_only``."""
        rank = {k: i for i, k in enumerate(self.order)}
        position = {k: i for i, k in enumerate(lanes)}
        ordered = sorted(lanes, key=lambda k: rank.get(k, len(rank) + position[k]))
        return [k for k in ordered if k not in self.hidden] if visible_only else ordered

    def toggle_collapsed(self, lane: str) -> None:
        self.collapsed ^= {lane}

    def hide(self, lane: str) -> None:
        self.hidden.add(lane)

    def show_all(self) -> None:
        self.hidden.clear()

    def move(self, lanes: list[str], lane: str, step: int) -> bool:
        """Swap ``lane`` with its visible neighbour above (-1) or below (+1); False at either end."""
        order, visible = self.arranged(lanes), self.arranged(lanes, visible_only=True)
        i = visible.index(lane)
        if not 0 <= i + step < len(visible):
            return False
        a, b = order.index(lane), order.index(visible[i + step])
        order[a], order[b] = order[b], order[a]
        self.order = order
        return True
