"""缴费周期: the four contribution cycles, in the order of the form's select."""

MONTHLY = "按月缴费"
CYCLES = (MONTHLY, "按季度缴费", "按半年缴费", "按年缴费")
