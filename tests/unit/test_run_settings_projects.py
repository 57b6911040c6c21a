"""Which projects of playwright.config.py a run runs, and how each is refused when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.run_settings import ConfigError, load, load_projects, markers_of_projects

ROOT = Path(__file__).resolve().parents[2]

PROJECTS = """
config = {"projects": [
    {"name": "desk", "default": True, "use": {"viewport": {"width": 1280, "height": 800}}},
    {"name": "phone", "default": True, "markers": ["mobile"], "use": {"device": "Pixel 7"}},
    {"name": "tablet", "use": {"viewport": {"width": 820, "height": 1180}}},
]}
"""


def write_config(folder: Path, text: str) -> Path:
    path = folder / "playwright.config.py"
    path.write_text(text, encoding="utf-8")
    return path


def names(projects) -> list[str]:
    return [settings.project for settings in projects]


def test_ours_run_desktop_and_mobile_by_default_the_phone_only_marked_tests():
    projects = load_projects(ROOT / "playwright.config.py")

    assert [(s.project, s.device, s.markers) for s in projects] == [
        ("desktop", None, ()),
        ("mobile", "Pixel 7", ("mobile",)),
    ]


def test_the_markers_of_every_project_run_or_not(tmp_path):
    path = write_config(tmp_path, PROJECTS)

    assert markers_of_projects(path) == {"desk": (), "phone": ("mobile",), "tablet": ()}


def test_without_project_the_ones_marked_default_run(tmp_path):
    path = write_config(tmp_path, PROJECTS)

    projects = load_projects(path)

    assert names(projects) == ["desk", "phone"]
    assert projects[1].device == "Pixel 7"
    assert projects[1].markers == ("mobile",)


def test_without_defaults_every_project_runs_as_in_playwright_test(tmp_path):
    path = write_config(tmp_path, PROJECTS.replace('"default": True, ', ""))

    projects = load_projects(path)

    assert names(projects) == ["desk", "phone", "tablet"]


def test_projects_named_run_in_the_order_given_once_each(tmp_path):
    path = write_config(tmp_path, PROJECTS)

    projects = load_projects(path, ["tablet", "desk", "tablet"])

    assert names(projects) == ["tablet", "desk"]
    assert projects[0].viewport == {"width": 820, "height": 1180}


def test_an_unknown_project_is_refused_naming_the_projects(tmp_path):
    path = write_config(tmp_path, PROJECTS)

    with pytest.raises(ConfigError) as refused:
        load_projects(path, ["desk", "watch"])

    assert str(refused.value) == "unknown project 'watch'; projects: desk, phone, tablet"


def test_one_project_for_the_demo_is_the_first_default_one(tmp_path):
    path = write_config(tmp_path, PROJECTS)

    assert load(path).project == "desk"
    assert load(path, "phone").device == "Pixel 7"


@pytest.mark.parametrize(("project", "message"), [
    ({"name": "x", "default": "yes"}, "projects[x].default must be True or False, not 'yes'"),
    ({"name": "x", "markers": "mobile"},
     "projects[x].markers must be a list of marker names, not 'mobile'"),
    ({"name": "x", "markers": ["not a name"]},
     "projects[x].markers must be a list of marker names, not ['not a name']"),
    ({"name": "x", "grep": "mobile"},
     "projects[x]: unknown setting(s) grep (known: default, markers, name, use)"),
    ({"use": {}}, "playwright.config.py: every project needs a name, not {'use': {}}"),
])
def test_a_project_that_says_something_unusable_is_refused(tmp_path, project, message):
    path = write_config(tmp_path, f"config = {{'projects': [{project!r}]}}\n")

    with pytest.raises(ConfigError) as refused:
        load_projects(path)

    assert str(refused.value) == message


def test_projects_of_one_run_keeping_different_artifacts_are_refused(tmp_path):
    path = write_config(tmp_path, PROJECTS.replace('"use": {"device": "Pixel 7"}',
                                                   '"use": {"device": "Pixel 7", "trace": "on"}'))

    with pytest.raises(ConfigError) as refused:
        load_projects(path)

    assert str(refused.value) == (
        "use.trace differs between the projects of one run (desk: 'off', phone: 'on'); "
        "artifacts are kept per run: set it in the top-level use")


def test_projects_of_one_run_tracing_different_parts_are_refused(tmp_path):
    path = write_config(tmp_path, PROJECTS.replace(
        '"use": {"device": "Pixel 7"}',
        '"use": {"device": "Pixel 7", "trace": {"mode": "off", "screenshots": False}}'))

    with pytest.raises(ConfigError) as refused:
        load_projects(path)

    assert str(refused.value) == (
        "use.trace differs between the projects of one run (desk: 'off', phone: {'mode': 'off', "
        "'screenshots': False, 'snapshots': True, 'sources': True}); "
        "artifacts are kept per run: set it in the top-level use")
