"""The folders show the pipeline a document travels, and each stage imports only the
stages below it (read → extract → resolve → relate → pipeline → rdf → sink → query,
then the builder, evaluation, the API and the CLI on top)."""

from __future__ import annotations

import ast

from conftest import REPO

PACKAGE = REPO / "src" / "caexpo_kg"
#: Lowest first; the shared vocabulary (model, vocab, errors ...) sits under them all.
LAYERS = [
    {
        "model",
        "vocab",
        "errors",
        "resources",
        "defaults",
        "linear",
        "progress",
        "__init__",
        "__main__",
    },
    {"read"},
    {"extract"},
    {"resolve"},
    {"relate"},
    {"pipeline"},
    {"rdf"},
    {"sink"},
    {"query"},
    {"builder"},
    {"evaluate"},
    {"api"},
    {"cli"},
]
LEVEL = {name: level for level, names in enumerate(LAYERS) for name in names}


def _stage(module: str) -> str:
    """The stage of a dotted module inside the package (``query.graph`` → ``query``)."""
    return module.split(".")[0]


def _imports(path) -> set[str]:
    """The package's own modules ``path`` imports at run time (relative imports resolved;
    names imported for type checkers only are not dependencies)."""
    own = path.relative_to(PACKAGE).with_suffix("").parts
    package = list(own[:-1])
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for block in [n for n in ast.walk(tree) if isinstance(n, ast.If)]:
        if isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING":
            block.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
                found.add(target or node.names[0].name)
            elif node.module and node.module.startswith("caexpo_kg."):
                found.add(node.module.removeprefix("caexpo_kg."))
    return found


def test_every_module_belongs_to_a_stage():
    stages = {
        _stage(".".join(p.relative_to(PACKAGE).with_suffix("").parts))
        for p in PACKAGE.rglob("*.py")
    }
    assert stages <= set(LEVEL), stages - set(LEVEL)


def test_each_stage_imports_only_the_stages_below_it():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        stage = _stage(".".join(path.relative_to(PACKAGE).with_suffix("").parts))
        if stage in ("__init__", "__main__"):
            continue  # the package's front door names the API lazily
        for target in sorted(_imports(path)):
            if LEVEL.get(_stage(target), 0) > LEVEL[stage]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert not wrong, "\n".join(wrong)
