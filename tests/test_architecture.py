"""The dependency direction of DESIGN.md §2, enforced by scanning every import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STDLIB = set(sys.stdlib_module_names)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def modules(package: str) -> list[Path]:
    return (
        sorted((ROOT / package.replace(".", "/")).rglob("*.py"))
        if (ROOT / package.replace(".", "/")).is_dir()
        else [ROOT / (package.replace(".", "/") + ".py")]
    )


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("module", ["bot.model", "bot.errors", "bot.clock"])
def test_core_records_import_only_stdlib(module: str) -> None:
    """model, errors and clock stay standard-library only, so every stage can use them."""
    for path in modules(module):
        bad = {m for m in imports_of(path) if top(m) not in STDLIB and m != "__future__" and top(m) != "bot"}
        bad |= {m for m in imports_of(path) if top(m) == "bot" and m not in ("bot.errors", "bot.model")}
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


ALLOWED_EDGE = {"bot.model", "bot.errors", "bot.http", "httpx"}


@pytest.mark.parametrize("package", ["bot.sources", "bot.notify"])
def test_sources_and_notifiers_never_touch_storage(package: str) -> None:
    """Sources and notifiers import only the model, errors, bot.http, httpx and parser libraries."""
    for path in modules(package):
        for m in imports_of(path):
            assert top(m) not in ("storage", "sqlalchemy", "sqlmodel", "alembic"), (
                f"{path.relative_to(ROOT)} imports {m}"
            )
            if top(m) == "bot":
                assert m in ALLOWED_EDGE or m.startswith(package), f"{path.relative_to(ROOT)} imports {m}"


@pytest.mark.parametrize("package", ["bot.analysis", "bot.digest"])
def test_analysis_and_digest_do_no_io(package: str) -> None:
    """Analysis and digest are pure: no HTTP, no database, no clock."""
    forbidden = {
        "httpx",
        "aiohttp",
        "storage",
        "sqlalchemy",
        "sqlmodel",
        "socket",
        "bot.http",
        "bot.clock",
        "bot.pipeline",
        "bot.app",
    }
    for path in modules(package):
        source = path.read_text(encoding="utf-8")
        for m in imports_of(path):
            assert m not in forbidden and top(m) not in forbidden, f"{path.relative_to(ROOT)} imports {m}"
        for call in ("datetime.now(", "datetime.utcnow(", "time.time(", "date.today("):
            assert call not in source, f"{path.relative_to(ROOT)} reads the clock with {call}"


def test_storage_imports_only_orm_model_errors() -> None:
    """storage imports SQLModel/SQLAlchemy/Alembic, bot.model and bot.errors only."""
    for path in modules("storage"):
        for m in imports_of(path):
            if top(m) in STDLIB or m == "__future__":
                continue
            assert top(m) in ("sqlalchemy", "sqlmodel", "alembic", "storage") or m in (
                "bot.model",
                "bot.errors",
            ), f"{path.relative_to(ROOT)} imports {m}"


def test_help_is_fast_and_lazy() -> None:
    """`vahti --help` does not import storage, the analyser or the HTTP stack."""
    code = "import sys, runpy; sys.argv=['vahti','--help']\ntry:\n    runpy.run_module('bot', run_name='__main__')\nexcept SystemExit: pass\nheavy=[m for m in ('sqlmodel','sqlalchemy','httpx','aiohttp','vaderSentiment','feedparser','storage.repository') if m in sys.modules]\nprint('HEAVY', heavy)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "HEAVY []" in out.stdout, out.stdout[-500:]
    assert "Usage" in out.stdout
