"""立即评价 on 申请提交成功: a satisfaction score and a comment, shown with the case.

One test follows 立即评价 from 申请提交成功; the others open the evaluation (or 我的空间) of a case
declared over HTTP."""

import pytest
from playwright.sync_api import expect

from pages import EvaluationPage, MySpacePage

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.escaping, pytest.mark.evaluation]


@pytest.mark.parametrize(
    ("satisfaction", "stars"),
    [("非常满意", 5), ("基本满意", 3), ("非常不满意", 1)],
    ids=["very-satisfied", "fairly-satisfied", "very-dissatisfied"],
)
def test_an_evaluation_is_thanked_with_its_stars(page, case_number, satisfaction, stars):
    evaluation = EvaluationPage(page).open(case_number)

    evaluation = evaluation.rate(satisfaction, "办理很快")

    expect(evaluation.thanks).to_have_text(f"感谢您的评价！您的评价为{stars}星。")
    expect(evaluation.option(satisfaction)).to_be_checked()
    expect(evaluation.comment).to_have_value("办理很快")


def test_the_evaluation_names_the_case_and_offers_five_scores(submitted):
    number = submitted.case_number.inner_text()

    evaluation = submitted.evaluate()

    expect(evaluation.case_number).to_have_text(f"办件单号：{number}")
    expect(evaluation.options).to_have_count(5)
    for label in ("非常满意", "满意", "基本满意", "不满意", "非常不满意"):
        expect(evaluation.option(label)).not_to_be_checked()


def test_an_evaluation_without_a_score_is_refused(page, case_number):
    evaluation = EvaluationPage(page).open(case_number)

    evaluation = evaluation.rate_expecting_error("没选满意度")

    expect(evaluation.error).to_have_text("请选择满意度")
    expect(evaluation.comment).to_have_value("没选满意度")


def test_the_evaluation_shows_in_the_case_detail(page, case_number):
    evaluation = EvaluationPage(page).open(case_number).rate("满意", "很方便")

    detail = evaluation.go_to_my_space().view_case(case_number)

    expect(detail.fact("我的评价")).to_have_text("4星：很方便")


def test_the_detail_offers_立即评价_until_the_case_is_evaluated(page, case_number):
    number = case_number
    detail = MySpacePage(page).open().view_case(number)

    evaluation = detail.evaluate().rate("非常满意", "一次办好")

    detail = evaluation.go_to_my_space().view_case(number)
    expect(detail.evaluation).to_have_text("5星：一次办好")
    expect(detail.evaluate_link).to_have_count(0)


def test_an_evaluated_case_cannot_be_evaluated_again(page, case_number):
    number = case_number
    first_tab = EvaluationPage(page).open(number)
    second_tab = EvaluationPage(first_tab.page.context.new_page()).open(number)
    second_tab.rate("满意", "很方便")

    refused = first_tab.rate_expecting_refusal("非常不满意", "改主意了")

    expect(refused.error).to_have_text("该办件已评价，每个办件只能评价一次。")
    expect(refused.option("满意")).to_be_checked()
    expect(refused.comment).to_have_value("很方便")
    expect(refused.submit_button).to_have_count(0)
