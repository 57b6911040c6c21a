"""`make bench` checks what it writes (benchmarks/self_check.py): every figure beside its
reference, the machine described, the load without errors. The bench itself runs only in
`make bench` (minutes of measuring); here its writer and its check are held on figures made up
for the purpose. The figures themselves are never checked (no timing assertions in tests)."""

from __future__ import annotations

from benchmarks.report import Figure, write
from benchmarks.self_check import FIGURES, problems

MACHINE = [("CPU", "AMD EPYC"), ("cores", "2"), ("RAM", "23.5 GiB"), ("OS", "Debian 12"),
           ("kernel", "6.1"), ("Python", "3.11.7"), ("Playwright", "1.65.2"),
           ("browser", "chromium 156 (/usr/lib/chromium/chromium-headless-shell)"),
           ("load average at start", "0.50 0.40 0.30")]


def figure(what: str, **changed) -> Figure:
    """A figure as a run would make it; a load row's ratio counts its errors."""
    ratio = "149.3/s, 0 errors of 16" if "clients" in what else None
    return Figure(**{"section": "s", "what": what, "value": 1.5, "unit": "s",
                     "reference_what": "the reference", "reference": 0.5,
                     "limited_by": "what limits it", "ratio_text": ratio, **changed})


def written(tmp_path, figures: list[Figure], machine=MACHINE) -> str:
    """BENCHMARKS.md as `make bench` writes it."""
    path = tmp_path / "BENCHMARKS.md"
    write(path, machine, figures, "repeats 1, --quick", "2026-12-07 09:00 UTC")
    return path.read_text(encoding="utf-8")


def every_figure(**changed_by_figure: dict) -> list[Figure]:
    return [figure(f"{what} (details of the run)", **changed_by_figure.get(what, {}))
            for what in FIGURES]


def test_a_run_with_every_figure_beside_its_reference_passes_the_check(tmp_path):
    assert problems(written(tmp_path, every_figure())) == []


def test_a_figure_lost_or_twice_fails_the_check_naming_it(tmp_path):
    lost, twice = FIGURES[3], FIGURES[7]
    figures = [f for f in every_figure() if not f.what.startswith(lost)]
    figures.append(figure(f"{twice}, again"))

    assert problems(written(tmp_path, figures)) == [
        f"0 rows for the figure {lost!r}, not 1", f"2 rows for the figure {twice!r}, not 1"]


def test_a_figure_without_its_reference_fails_the_check(tmp_path):
    what = FIGURES[0]

    found = problems(written(tmp_path, every_figure(**{what: {"reference": None}})))

    assert found == [f"no reference value for {what!r}: 'the reference: —'"]


def test_a_load_with_errors_fails_the_check(tmp_path):
    what = next(f for f in FIGURES if "clients" in f)

    found = problems(written(tmp_path, every_figure(
        **{what: {"ratio_text": "12.0/s, 3 errors of 16"}})))

    assert found == [f"the load of {what!r} had 3 errors of 16"]


def test_a_machine_not_described_fails_the_check(tmp_path):
    machine = [(what, "" if what == "Playwright" else value) for what, value in MACHINE]

    assert problems(written(tmp_path, every_figure(), machine)) == [
        "the machine's Playwright is not described"]
