"""The axe-core scan of a page (axe-playwright-python, which bundles axe-core: nothing is
downloaded at run time), its waivers, and the violations as readable text."""

from __future__ import annotations

from dataclasses import dataclass

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

#: Impacts that fail a screen (axe's scale: minor, moderate, serious, critical).
BLOCKING_IMPACTS = ("serious", "critical")

#: The one list of axe rules we do not enforce, each with its reason (docs/decisions.md says
#: when a rule may go here). Empty: every rule of axe-core's default set is enforced.
WAIVED_RULES: dict[str, str] = {}


def unexplained(waived: dict[str, str]) -> list[str]:
    """The waived rules given without a reason (there must be none)."""
    return [rule for rule, reason in waived.items() if not reason.strip()]


@dataclass(frozen=True)
class Violation:
    """One axe rule broken on a page: its id, impact, help text and the offending elements."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]
    summaries: tuple[str, ...]

    def describe(self) -> str:
        lines = [f"{self.rule} ({self.impact}): {self.help}"]
        for target, summary in zip(self.targets, self.summaries, strict=True):
            lines.append(f"  {target}")
            lines.extend(f"    {line}" for line in summary.splitlines() if line.strip())
        return "\n".join(lines)


def scan(page: Page) -> list[Violation]:
    """Every violation axe-core finds on the page as it is now, waived rules left out."""
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return violations_of(results.response)


def violations_of(response: dict, waived: dict[str, str] = WAIVED_RULES) -> list[Violation]:
    """The violations of an axe-core result, without the `waived` rules."""
    return [
        Violation(
            rule=v["id"],
            impact=v["impact"] or "minor",
            help=v["help"],
            targets=tuple(" ".join(map(str, node["target"])) for node in v["nodes"]),
            summaries=tuple(node.get("failureSummary", "") for node in v["nodes"]),
        )
        for v in response["violations"]
        if v["id"] not in waived
    ]


def blocking(violations: list[Violation]) -> list[Violation]:
    """The violations that fail a screen: serious or critical."""
    return [v for v in violations if v.impact in BLOCKING_IMPACTS]


def report(violations: list[Violation]) -> str:
    """All violations as text, for the test's failure message and the HTML report."""
    if not violations:
        return "no axe-core violation"
    return "\n\n".join(v.describe() for v in violations)
