"""Merge the JUnit XML files of a sharded run into one (`make test SPLITS=N GROUP=I` per shard).

    python -m scripts.merge_junit --output reports/junit.xml shards/*/reports/junit.xml

The result is one <testsuites> holding every shard's <testsuite> unchanged (its test cases,
properties and artifact links), with the totals of tests, failures, errors, skipped and time.
A file that is missing or is no JUnit XML stops the merge with one line naming it (status 2).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: Counted attributes of <testsuite>, summed onto <testsuites>.
COUNTS = ("tests", "failures", "errors", "skipped")


class JUnitError(ValueError):
    """An input that is not a JUnit XML file."""


def suites_of(path: Path) -> list[ET.Element]:
    """The <testsuite> elements of one JUnit XML file (under <testsuites> or the root itself)."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise JUnitError(f"{path}: no such file") from None
    except ET.ParseError as exc:
        raise JUnitError(f"{path}: not XML ({exc})") from None
    if root.tag == "testsuite":
        return [root]
    if root.tag == "testsuites":
        return list(root.iter("testsuite"))
    raise JUnitError(f"{path}: not JUnit XML (root element <{root.tag}>)")


def merge(paths: list[Path]) -> ET.ElementTree:
    """One <testsuites> with every file's suites and their totals."""
    merged = ET.Element("testsuites", name="pytest tests")
    totals = dict.fromkeys(COUNTS, 0)
    time = 0.0
    for path in paths:
        for suite in suites_of(path):
            for name in COUNTS:
                totals[name] += int(suite.get(name, 0))
            time += float(suite.get("time", 0))
            merged.append(suite)
    merged.attrib.update({name: str(value) for name, value in totals.items()})
    merged.set("time", f"{time:.3f}")
    return ET.ElementTree(merged)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.merge_junit",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JUnit XML files, one per shard")
    parser.add_argument("--output", type=Path, required=True, help="the merged file")
    args = parser.parse_args(argv)
    try:
        tree = merge(args.inputs)
    except JUnitError as exc:
        print(f"merge_junit: {exc}", file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tree.write(args.output, encoding="utf-8", xml_declaration=True)
    root = tree.getroot()
    print(f"merge_junit: {len(args.inputs)} files, {root.get('tests')} tests, "
          f"{root.get('failures')} failures, {root.get('errors')} errors, "
          f"{root.get('skipped')} skipped -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
