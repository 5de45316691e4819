"""The ordered registry of relation rules.

A rule is a small function ``(index, findings) -> None`` that reads one reporting
shape and adds relations to ``findings``. It is registered with :func:`rule`, which
records what it makes (core properties), which word lists of
``data/rules/relations.json`` trigger it, and two sentences: one it reads (with
the triple it must give) and one it must not read. ``tests/test_relate_rules.py``
runs every rule on both, so a rule cannot be added without showing what it does.

Rules run in the order :mod:`caexpo_kg.relate.rules` gives their modules (then in
the order they are written in each); a rule that fills in gaps ("where no other
rule placed the event") runs last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from .index import DocumentIndex, Findings

__all__ = ["RULES", "Rule", "order_rules", "rule", "run_rules"]

RuleFunction = Callable[[DocumentIndex, Findings], None]


@dataclass(frozen=True)
class Rule:
    """One named relation rule and what it is for."""

    name: str
    makes: tuple[str, ...]
    """The core properties it can add."""
    run: RuleFunction
    example: str
    """A text the rule reads ..."""
    expect: tuple[str, str, str]
    """... and the triple (subject label, property, object label) it must give there."""
    counter: str
    """A text where the rule must add no relation of its own."""
    triggers: tuple[str, ...] = ()
    """The word lists of ``relations.json`` it reads."""
    needs_parse: bool = True
    published: str = "2020-06-01"
    """The publication date the examples are read against."""


RULES: list[Rule] = []


def rule(
    name: str,
    *,
    makes: tuple[str, ...],
    example: str,
    expect: tuple[str, str, str],
    counter: str,
    triggers: tuple[str, ...] = (),
    needs_parse: bool = True,
    published: str = "2020-06-01",
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule (a decorator); see the module docstring."""

    def register(func: RuleFunction) -> RuleFunction:
        if any(r.name == name for r in RULES):
            raise ValueError(f"two relation rules named {name!r}")
        RULES.append(
            Rule(name, makes, func, example, expect, counter, triggers, needs_parse, published)
        )
        return func

    return register


def order_rules(modules: list[ModuleType]) -> None:
    """Sort :data:`RULES` by the position of their module in ``modules`` (stable)."""
    position = {module.__name__: i for i, module in enumerate(modules)}
    missing = {r.run.__module__ for r in RULES} - set(position)
    if missing:
        raise ValueError(f"relation rules in modules with no place in the order: {missing}")
    RULES.sort(key=lambda r: position[r.run.__module__])


def run_rules(index: DocumentIndex, rules: list[Rule] | None = None) -> Findings:
    """Run the rules in order over one document; those that need a parse only if it has one."""
    findings = Findings(index)
    with index.reading_lemmas():  # each token's lemma read once, by position
        for entry in RULES if rules is None else rules:
            if entry.needs_parse and not index.parsed:
                continue
            findings.running = entry.name
            entry.run(index, findings)
    return findings
