"""What an import or export did, for the user to read: counts, and each thing skipped or
approximated with the reason.

Other tools' formats never map one to one onto a project, so an import that silently dropped a
recurrence rule or moved a fuzzy date would be lying; every such decision is written down here
and printed by the command line (and shown by the GUI).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    """The outcome of one file's import."""

    format: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    approximated: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n

    def skip(self, where: str, why: str) -> None:
        self.skipped.append(f"{where}: {why}" if where else why)

    def approximate(self, where: str, how: str) -> None:
        self.approximated.append(f"{where}: {how}" if where else how)

    def render(self, name: str) -> str:
        """Several lines: what was imported, then each skip and approximation."""
        held = ", ".join(f"{n} {kind}" for kind, n in self.counts.items() if n) or "nothing"
        lines = [f"{name}: imported as {self.format}: {held}"]
        lines += [f"  note: {text}" for text in self.notes]
        lines += [f"  skipped: {text}" for text in self.skipped]
        lines += [f"  approximated: {text}" for text in self.approximated]
        return "\n".join(lines)


@dataclass
class ExportReport:
    """The outcome of one export: records written, and records left out with the reason."""

    format: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def render(self, name: str) -> str:
        held = ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "the project"
        return "\n".join([f"{name}: exported as {self.format}: {held}",
                          *(f"  skipped: {text}" for text in self.skipped)])
