"""办件状态: the statuses a case passes through, and the messages they send."""

SUBMITTED = "已提交"
ACCEPTED = "已受理"
COMPLETED = "已办结"
WITHDRAWN = "已撤回"  # superseded by a later declaration of the same year
OPEN = (SUBMITTED, ACCEPTED)

#: Person statuses at the social-insurance agency (persona attribute), with their labels.
PERSON_STATUSES = {
    "normal": "正常参保",
    "suspended": "暂停缴费",
    "interrupted": "中断缴费",
    "employed": "单位参保",
    "not_insured": "未参保",
    "retired": "已退休",
}

RETIREMENT_TRACKS = ("M60", "F55", "F50")
