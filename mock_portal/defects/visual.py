"""Seeded defects only a picture shows: texts, roles and names stay as they were (area
`visual`)."""

from __future__ import annotations

from .defect import Defect

BUTTONS_TURN_ORANGE = Defect(
    "buttons-turn-orange", "visual",
    "The portal's red buttons (进入办事, 下一步, 提交) turn orange.",
    page={"restyle": ".btn { background: #fa8c16; border-color: #fa8c16; }"})

FORM_LABELS_ALIGN_LEFT = Defect(
    "form-labels-align-left", "visual",
    "在线填表's and 信息确认's labels lose their right alignment beside their fields.",
    page={"restyle": ".form-row label, .form-row .term, dl.values dt { text-align: left; }"})

NOTICE_TEXT_SHRINKS = Defect(
    "notice-text-shrinks", "visual",
    "用户须知's rules are set a size smaller.",
    page={"restyle": ".notice ol li { font-size: 13px; }"})

DEFECTS = (BUTTONS_TURN_ORANGE, FORM_LABELS_ALIGN_LEFT, NOTICE_TEXT_SHRINKS)
