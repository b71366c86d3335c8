"""Architecture rules: core is pure, pages are thin, modules are small."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIMITS = {"pages": 80, "components": 150, "core": 200, "server": 150}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "core").rglob("*.py")), ids=lambda p: p.name)
def test_core_never_imports_streamlit_or_the_ui(path):
    assert not imports(path) & {"streamlit", "components", "pages"}


@pytest.mark.parametrize(
    "path", [*sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py"], ids=lambda p: p.name
)
def test_pages_hold_no_pandas_and_no_file_io(path):
    source = path.read_text(encoding="utf-8")
    assert "pandas" not in imports(path)
    assert "open(" not in source and "read_csv" not in source


@pytest.mark.parametrize(("folder", "limit"), LIMITS.items())
def test_modules_are_small(folder, limit):
    for path in (ROOT / folder).rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= limit, path


def test_every_module_says_what_it_is_for():
    for folder in ("core", "components", "pages", "scripts", "server", "front", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "__init__.py":
                continue
            assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), path
