"""support/accessibility.py: which axe-core violations fail a screen, and the waiver list."""

from __future__ import annotations

from support.accessibility import WAIVED_RULES, blocking, report, unexplained, violations_of


def axe_result(*rules: tuple[str, str]) -> dict:
    """An axe-core result with one violation, on one element, per (rule, impact)."""
    return {"violations": [
        {"id": rule, "impact": impact, "help": f"{rule} help",
         "nodes": [{"target": ["footer"], "failureSummary": "Fix any of the following:\n  x"}]}
        for rule, impact in rules]}


def test_serious_and_critical_violations_fail_a_screen_moderate_and_minor_do_not():
    found = violations_of(axe_result(("color-contrast", "serious"), ("label", "critical"),
                                     ("region", "moderate"), ("x", "minor")))

    assert [v.rule for v in blocking(found)] == ["color-contrast", "label"]


def test_a_waived_rule_is_left_out():
    found = violations_of(axe_result(("color-contrast", "serious"), ("label", "critical")),
                          waived={"label": "the guide's own design"})

    assert [v.rule for v in found] == ["color-contrast"]


def test_a_waiver_without_its_reason_is_named():
    assert unexplained({"region": " ", "label": "the guide's own design"}) == ["region"]


def test_every_waiver_gives_its_reason():
    assert unexplained(WAIVED_RULES) == []


def test_the_report_names_rule_impact_element_and_fix():
    found = violations_of(axe_result(("color-contrast", "serious")))

    assert report(found) == ("color-contrast (serious): color-contrast help\n"
                             "  footer\n"
                             "    Fix any of the following:\n"
                             "      x")


def test_an_empty_report_says_so():
    assert report([]) == "no axe-core violation"
