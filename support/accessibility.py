"""The axe-core scan of a page (axe-playwright-python, which bundles axe-core: nothing is
downloaded at run time), its waivers, and the violations as readable text."""

from __future__ import annotations

from dataclasses import dataclass

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Page

from .contrast import TextOverGradient

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


# One axe-core run for both checks: its violations, and the text it left "incomplete" for colour
# contrast (over a gradient it cannot judge), each with its computed styles up to the gradient
# behind it. The opacities on the way multiply (each is a layer drawn over what is below). Only
# plain values leave the page: element references are read here, never returned.
_SCAN = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations", "incomplete"],
                                           elementRef: true});
  const violations = results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, failureSummary: n.failureSummary}))}));
  const unjudged = results.incomplete.filter(rule => rule.id === "color-contrast")
    .flatMap(rule => rule.nodes).map(node => {
      const text = getComputedStyle(node.element);
      let opacity = 1, backgroundImage = "none";
      for (let at = node.element; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.backgroundImage.includes("gradient")) { backgroundImage = style.backgroundImage; break; }
        opacity *= Number(style.opacity);
      }
      return {where: `${node.element.tagName.toLowerCase()} 「${node.element.textContent.trim()}」`,
              colour: text.color, opacity, font_size_px: parseFloat(text.fontSize),
              font_weight: Number(text.fontWeight), background_image: backgroundImage};
    });
  return {violations, unjudged};
}"""


@dataclass(frozen=True)
class Scan:
    """What axe-core found on a page: violations (waived rules left out), and the text whose
    contrast it could not judge, to be judged over its gradient (support/contrast.py)."""

    violations: list[Violation]
    texts_over_gradient: list[TextOverGradient]


def scan(page: Page) -> Scan:
    """axe-core (bundled, injected into the page) run once on the page as it is now."""
    page.evaluate(AXE_SCRIPT)
    response = page.evaluate(_SCAN)
    return Scan(violations_of(response),
                [TextOverGradient(**text) for text in response["unjudged"]])


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
