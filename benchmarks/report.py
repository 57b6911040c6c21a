"""The figures of one `make bench` run: each beside its reference from the same run, printed as
a table and written to BENCHMARKS.md."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts import suite_cost


@dataclass(frozen=True)
class Figure:
    """One measured value beside the reference it is read against, and what limits it."""

    section: str
    what: str
    value: float
    unit: str
    reference_what: str
    reference: float | None
    limited_by: str
    #: How the ratio reads: "value/reference" (default) or a sentence of its own.
    ratio_text: str | None = None

    def text(self, number: float | None) -> str:
        if number is None:
            return "—"
        if self.unit == "ms":
            return f"{number * 1000:.0f} ms"
        if self.unit == "s":
            return f"{number:.2f} s"
        if self.unit == "MiB":
            return f"{number:.0f} MiB"
        if self.unit == "×":
            return f"{number:.2f}×"
        return f"{number:.2f} {self.unit}".strip()

    @property
    def ratio(self) -> str:
        if self.ratio_text is not None:
            return self.ratio_text
        if not self.reference:
            return "—"
        return f"{self.value / self.reference:.2f}×"


def table(figures: list[Figure]) -> str:
    """A Markdown table of the figures, one row each."""
    rows = ["| figure | measured | reference (same run) | ratio |",
            "|---|---|---|---|"]
    for figure in figures:
        rows.append(f"| {figure.what} | {figure.text(figure.value)} | "
                    f"{figure.reference_what}: {figure.text(figure.reference)} | {figure.ratio} |")
    return "\n".join(rows)


def limits(figures: list[Figure]) -> str:
    """What limits each figure, as a list."""
    return "\n".join(f"- **{figure.what}**: {figure.limited_by}" for figure in figures)


def busy_note(machine: list[tuple[str, str]]) -> str:
    """A warning when the machine was already busier than its cores at the start, else ""."""
    rows = dict(machine)
    try:
        load = float(rows["load average at start"].split()[0])
        cores = int(rows["cores"])
    except (KeyError, ValueError, IndexError):
        return ""
    if load <= cores:
        return ""
    return (f"\n**The machine was busy** (load {load:.1f} on {cores} cores at the start): other "
            "work took most of the CPU, so times are inflated and ratios compressed (waiting for "
            "a core dominates both sides); read them as an upper bound and run again on a quiet "
            "machine.\n")


def write(path: Path, machine: list[tuple[str, str]], figures: list[Figure], settings: str,
          started: str) -> None:
    """BENCHMARKS.md: the machine, the settings, the table, what limits each figure; the suite's
    cost per tier (`make suite-cost`) kept as it was."""
    kept = suite_cost.section_of(path.read_text(encoding="utf-8")) if path.is_file() else ""
    kept = f"\n{kept}" if kept else ""
    machine_rows = "\n".join(f"| {what} | {value} |" for what, value in machine)
    path.write_text(f"""# Benchmarks

Written by `make bench` (`python -m benchmarks`) on {started}; run it again to refresh.
Each figure is the median of repeats and stands beside a reference measured in the same run, on
the same machine, so the ratio holds better than either number: the machine is shared and its
load moves both. No test asserts any of these numbers.
{busy_note(machine)}
## Machine

| | |
|---|---|
{machine_rows}

Settings: {settings}

## Figures

{table(figures)}

## What limits each figure

{limits(figures)}
{kept}""", encoding="utf-8")
