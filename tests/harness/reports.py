"""Readers of what an inner run wrote: pytest-html's report, the JUnit XML and trace zips."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path


def html_report_tests(path: Path) -> dict[str, dict]:
    """pytest-html's per-test data (result, extras), by node id: the JSON its page renders."""
    blob = re.search(r'data-jsonblob="([^"]*)"', path.read_text(encoding="utf-8")).group(1)
    return {node: runs[-1] for node, runs in json.loads(html.unescape(blob))["tests"].items()}


def junit_properties(path: Path) -> dict[str, dict[str, str]]:
    """Each test case's properties in the JUnit XML, by test name."""
    return {case.get("name"): {p.get("name"): p.get("value") for p in case.iter("property")}
            for case in ET.parse(path).getroot().iter("testcase")}


def trace_events(path: Path) -> tuple[list[str], list[dict]]:
    """A trace zip's entry names and the events of its trace.trace, in order."""
    with zipfile.ZipFile(path) as trace:
        lines = trace.read("trace.trace").decode("utf-8").splitlines()
        return trace.namelist(), [json.loads(line) for line in lines if line]


def trace_contents(path: Path) -> tuple[list[str], set[str]]:
    """A trace zip's entry names and the types of the events in its trace.trace."""
    names, events = trace_events(path)
    return names, {event["type"] for event in events}


def trace_groups(path: Path) -> list[str]:
    """The trace's groups as paths of titles (「outer › inner」), in the order opened."""
    titles: dict[str, str] = {}
    paths = []
    for event in trace_events(path)[1]:
        if event.get("type") == "before" and event.get("method") == "tracingGroup":
            parent = titles.get(event.get("parentId"))
            titles[event["callId"]] = (f"{parent} › " if parent else "") + event["title"]
            paths.append(titles[event["callId"]])
    return paths
