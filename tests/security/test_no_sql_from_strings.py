"""No SQL is built from values: every value reaches the database as a bound parameter.

The scan reads every module of ``timeline_app`` and finds SQL text made at run time: f-strings,
``%`` formatting, ``+`` concatenation and ``.format()`` whose literal parts look like SQL, and any
such text handed to ``execute``, ``executemany``, ``executescript``, ``exec_driver_sql``, ``exec``
or SQLAlchemy's ``text()`` (directly, or through a variable assigned in the same function). Each
piece interpolated into it must be on the allowlist below: a few names that only ever hold
identifiers from the schema or the module's own constants, or runs of ``?`` placeholders. Values
never are: a new interpolation fails this test until it is made a bound parameter, or, if it is
truly an identifier from the code itself, added here with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "timeline_app"
SINKS = {"execute", "executemany", "executescript", "exec_driver_sql", "exec"}
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|DROP|ALTER|PRAGMA|WHERE|JOIN|VALUES|ORDER BY|"
                 r"GROUP BY)\b")

PLACEHOLDERS = "a run of '?' placeholders, one per bound value (``marks``); the values are bound"
#: (module, interpolated expression) -> why it cannot carry a value.
ALLOWED = {
    ("store/timeline_query.py", "marks(chunk)"): PLACEHOLDERS,
    ("store/timeline_query.py", "table"): "a table name, always a literal of this module (\"event\", \"claim\")",
    ("store/timeline_query.py", "inner"): "column expressions from this module's own column lists",
    ("store/timeline_query.py", "outer"): "group_concat() of numbered columns; numbers only",
    ("store/timeline_refresh.py", "marks(chunk)"): PLACEHOLDERS,
    ("store/timeline_refresh.py", "table"): "TABLES[kind]: a table name from this module's constant",
    ("store/timeline_refresh.py", "TABLES[kind]"): "a table name from this module's constant",
    ("store/timeline_refresh.py", "', '.join(columns)"): "column names from timeline_query's own column lists",
    ("store/migrations/versions/0002_source_text_immutable.py", "MESSAGE"): "the migration's own constant text",
    **{("store/migrations/versions/0003_full_text_search.py", name): "names from the migration's own INDEXES constant"
       for name in ("fts", "content", "cols", "new", "old", "add", "remove", "TOKENIZER", "suffix")},
}


def _literal_text(node: ast.AST) -> str:
    """The constant parts of a string expression, joined."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + _literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_text(node.func.value)
    return ""


def _pieces(node: ast.AST) -> list[ast.AST] | None:
    """What a string expression interpolates; None when it is not built at run time."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        right = node.right
        return list(right.elts) if isinstance(right, ast.Tuple) else [right]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        sides = [_pieces(node.left), _pieces(node.right)]
        if sides == [None, None] and not (_is_str(node.left) and _is_str(node.right)):
            return [side for side in (node.left, node.right) if not _is_str(side)]
        return [piece for side in sides for piece in side or ()]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return [*node.args, *(k.value for k in node.keywords)]
    return None


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _sqlalchemy_text_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("sqlalchemy", "sqlmodel")):
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "text"}
    return names


def _assignments(function: ast.AST) -> dict[str, list[ast.AST]]:
    found: dict[str, list[ast.AST]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
    return found


def built_sql(path: Path) -> list[tuple[int, str]]:
    """(line, interpolated expression) for every piece of run-time SQL in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text_names = _sqlalchemy_text_names(tree)
    found: list[tuple[int, str]] = []
    seen: set[int] = set()

    def report(node: ast.AST) -> None:
        pieces = _pieces(node)
        if pieces is None or id(node) in seen:
            return
        seen.add(id(node))
        found.extend((node.lineno, ast.unparse(piece)) for piece in pieces)

    for node in ast.walk(tree):  # any SQL-looking text built at run time, wherever it is
        if _pieces(node) is not None and SQL.search(_literal_text(node)):
            report(node)
    scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))] + [tree]
    for scope in scopes:  # anything built at run time that reaches a database call
        assigned = _assignments(scope)
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            sink = (isinstance(func, ast.Attribute) and func.attr in SINKS) or (
                isinstance(func, ast.Name) and func.id in text_names) or (
                isinstance(func, ast.Attribute) and func.attr == "text" and isinstance(func.value, ast.Name)
                and func.value.id in ("sa", "sqlalchemy"))
            if not sink:
                continue
            argument = node.args[0]
            for candidate in [argument, *(assigned.get(argument.id, []) if isinstance(argument, ast.Name) else [])]:
                report(candidate)
                if isinstance(candidate, ast.Call) and isinstance(candidate.func, ast.Attribute) \
                        and candidate.func.attr == "format" and isinstance(candidate.func.value, ast.Name):
                    report(candidate)
    return sorted(set(found))


def test_no_sql_is_built_from_values():
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for line, piece in built_sql(path):
            if (module, piece) not in ALLOWED:
                offending.append(f"timeline_app/{module}:{line}: interpolates {piece!r}")
    assert not offending, ("SQL built from strings; bind values as parameters (or allowlist an identifier "
                           "from the code itself, with the reason):\n" + "\n".join(offending))


def test_the_scan_finds_what_it_must(tmp_path):
    """The scanner itself: each way of building SQL from a value is caught, bound values are not."""
    sample = tmp_path / "sample.py"
    sample.write_text('''
from sqlalchemy import text as sql_text
def bad(connection, cursor, name, claim_id):
    connection.exec_driver_sql(f"SELECT * FROM claim WHERE id = '{claim_id}'")
    cursor.execute("DELETE FROM claim WHERE id = '%s'" % claim_id)
    cursor.execute("UPDATE claim SET proposition = '" + name + "'")
    query = "SELECT * FROM actor WHERE name = '{}'".format(name)
    cursor.execute(query)
    connection.execute(sql_text(f"select * from event where title = '{name}'"))
    statement = f"insert into tag values ('{name}')"
    cursor.executescript(statement)
def good(connection, cursor, claim_id):
    cursor.execute("SELECT * FROM claim WHERE id = ?", (claim_id,))
    connection.execute(sql_text("SELECT * FROM claim WHERE id = :id"), {"id": claim_id})
    label = f"Claim {claim_id}"  # not SQL, not given to the database
''')
    assert built_sql(sample) == [(4, "claim_id"), (5, "claim_id"), (6, "name"), (7, "name"), (9, "name"), (10, "name")]
