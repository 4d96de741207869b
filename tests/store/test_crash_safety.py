"""Crash safety: a process killed with SIGKILL at a random point loses no committed edit.

A child process (``crash_child.py``) makes a scripted series of edits on a copy of the demo
project, committing each as ``EditStack.push`` does and printing ``done N`` after each commit. The
test kills it with SIGKILL at a seeded random moment, waits until it is gone, and reopens the
project as the app would. Then:

* ``PRAGMA integrity_check`` is "ok" and ``PRAGMA foreign_key_check`` finds nothing;
* the database equals, in every table and column, a replay of exactly the first N edits on a
  fresh copy, N being the number of ``done`` lines the child printed, or of the first N + 1: the
  child may have been killed after its commit returned but before it printed its line. Any other
  state (an edit reported but missing, a half-applied edit, anything else) fails.

What this proves, and what not: SQLite in WAL mode with ``synchronous = NORMAL`` (the project's
settings, see ``store/db.py``) is durable against the *process* dying at any instant: each commit
has reached the operating system (the ``-wal`` file) before ``commit()`` returns, and the next
open recovers from the log. It is not durable against power loss or an operating-system crash:
with NORMAL, the last commits before such a failure may be lost (never half-applied: the database
stays consistent); only ``synchronous = FULL`` would keep them, at the cost of an fsync per edit.
Killing a process cannot test power loss, and this test does not claim to.

The kill comes a random 0-4 ms after a random ``done`` line; the child spends about 30% of its
time inside a transaction (some edits add a long source text: a few hundred pages per commit), so
many kills land mid-transaction. 20 seeds run in the normal suite (about 6 s, through a fork
server so that a run costs a fork rather than a Python start). For a longer run:
``TIMELINE_CRASH_SEEDS=500 .venv/bin/python -m pytest tests/store/test_crash_safety.py``.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.commands import dump
from tests.store import crash_child
from timeline_app.io.demo import create_demo
from timeline_app.store.db import open_project

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills with SIGKILL and forks: POSIX only")

CHILD = Path(crash_child.__file__)
SEEDS = int(os.environ.get("TIMELINE_CRASH_SEEDS", "20"))
EDITS = 30
#: A run that takes longer than this has hung: the test fails instead of waiting forever.
TIMEOUT_S = 60


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.tlproj"
    create_demo(path).close()
    return path


class Lines:
    """Lines from a pipe, read with a deadline so that a hung child fails the test."""

    def __init__(self, stream):
        self.fd, self.buffer, self.lines = stream.fileno(), b"", []

    def next(self) -> str:
        deadline = time.monotonic() + TIMEOUT_S
        while not self.lines:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                raise AssertionError("the child printed nothing for a minute")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError(f"the child's output ended early after {self.buffer!r}")
            self.buffer += chunk
            *complete, self.buffer = self.buffer.split(b"\n")
            self.lines += [line.decode() for line in complete]
        return self.lines.pop(0)

    def rest(self) -> list[str]:
        """Every line still to come, up to the end of the output (the child is gone)."""
        while chunk := os.read(self.fd, 65536):
            self.buffer += chunk
        rest, self.lines, self.buffer = self.lines + [line.decode() for line in self.buffer.split(b"\n")], [], b""
        return rest


@pytest.fixture(scope="module")
def server():
    """The fork server: one Python with everything imported, forking a child per run."""
    process = subprocess.Popen([sys.executable, str(CHILD), "--serve"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE)
    yield process, Lines(process.stdout)
    process.stdin.close()
    process.wait(timeout=TIMEOUT_S)


def replay(template: Path, folder: Path, seed: int, counts: tuple[int, ...]) -> dict[int, dict]:
    """Dumps of a fresh copy after each of ``counts`` of the scripted edits, made in this process."""
    path = Path(shutil.copy(template, folder / f"replay-{seed}.tlproj"))
    project = open_project(path)
    states = {}
    try:
        with crash_child.deterministic(seed):
            scripted = crash_child.scripted_edits(project, seed)
            for made in range(max(counts) + 1):
                if made:
                    crash_child.commit(project, next(scripted))
                if made in counts:
                    states[made] = dump(project)
    finally:
        project.close()
        path.unlink()
    return states


def expected(template: Path, folder: Path, seed: int, reported: int) -> dict[int, dict]:
    """The states the killed child may have left: the edits reported done, or one more."""
    return replay(template, folder, seed, (reported, reported + 1) if reported < EDITS else (reported,))


def check_reopened(path: Path, states: dict[int, dict], reported: int) -> int:
    """Reopen the killed child's project; return how many edits it holds (reported or one more)."""
    project = open_project(path)
    try:
        assert not project.read_only
        with project.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        found = dump(project)
    finally:
        project.close()
    if found == states[reported]:
        return reported
    assert reported + 1 in states and found == states[reported + 1], (
        f"the file holds neither the {reported} edits reported done nor one more")
    return reported + 1


def test_the_child_makes_the_same_edits_as_the_replay(template, tmp_path):
    """The determinism the comparison rests on: a child's finished run equals the replay."""
    path = shutil.copy(template, tmp_path / "child.tlproj")
    result = subprocess.run([sys.executable, str(CHILD), str(path), "11", "12"], capture_output=True, text=True,
                            timeout=TIMEOUT_S)
    assert result.stdout.split("\n")[-3:] == ["done 12", "finished", ""], result.stderr
    states = replay(template, tmp_path, 11, tuple(range(13)))
    assert len({repr(state) for state in states.values()}) == 13  # every edit changes the database
    assert check_reopened(path, states, 12) == 12


def test_killed_at_random_points_every_reported_edit_is_there_and_nothing_else(template, server, tmp_path):
    process, lines = server
    outcomes = []
    for seed in range(SEEDS):
        rng = random.Random(f"kill-{seed}")
        path = shutil.copy(template, tmp_path / f"killed-{seed}.tlproj")
        kill_after, delay = rng.randint(0, EDITS), rng.uniform(0, 0.004)
        process.stdin.write(f"{path} {seed} {EDITS}\n".encode())
        process.stdin.flush()
        first = lines.next()
        assert first.startswith("pid "), first
        pid, done, killed = int(first.split()[1]), 0, False
        while True:
            if done >= kill_after and not killed:
                time.sleep(delay)
                os.kill(pid, signal.SIGKILL)
                killed = True
            line = lines.next()
            if line.startswith("ended "):
                assert line.split()[1] == str(pid)
                break
            assert line.startswith(("done ", "finished")), line
            if line.startswith("done "):
                done = int(line.split()[1])
        holds = check_reopened(Path(path), expected(template, tmp_path, seed, done), done)
        outcomes.append((seed, done, holds))
        os.unlink(path)
    # The seeds kill at many points: early, late, and (mostly) in the middle of the series.
    assert len({done for _seed, done, _holds in outcomes}) > min(SEEDS, EDITS) // 3, outcomes


@pytest.mark.parametrize("seed", [101, 202])
def test_killed_while_pushing_through_the_edit_stack(template, tmp_path, seed):
    """The same through ``EditStack.push`` itself, in a fresh interpreter under a QCoreApplication."""
    path = shutil.copy(template, tmp_path / "stack.tlproj")
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(seed), str(EDITS), "--stack"],
                             stdout=subprocess.PIPE, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines, done, kill_after = Lines(child.stdout), 0, random.Random(seed).randint(3, EDITS - 3)
    try:
        while done < kill_after:
            line = lines.next()
            assert line.startswith("done "), line
            done = int(line.split()[1])
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=TIMEOUT_S) == -signal.SIGKILL
        done += sum(line.startswith("done ") for line in lines.rest())
    finally:
        child.kill()
        child.stdout.close()
    check_reopened(Path(path), expected(template, tmp_path, seed, done), done)
