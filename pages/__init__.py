"""Page objects for the mock 北京市政务服务网: one class per screen, plus shared components.

They know only the browser and the screens (never mock_portal): locators by role, label and
text, methods named after what a person does, navigation returning the next page object.
"""

from .components import DefinitionList, ErrorBox, Header, InfoBox, ProgressBar, Screen
from .declaration import (
                          ConfirmationPage,
                          ContributionFormPage,
                          EvaluationPage,
                          NoticePage,
                          SubmissionSuccessPage,
)
from .home import ITEM_NAME, HomePage, SearchResultsPage
from .identity import TEST_CAPTCHA, IdentityLoginPage, IdentityUnavailablePage, read_sms_code
from .item import ItemGuidePage, OfficeChooserPage
from .journey import STEPS, Journey, JourneyResult, JourneyStepError, Step
from .outbox import SmsOutboxPage
from .registration import PasswordResetPage, RegistrationPage
from .space import CaseDetailPage, CaseProgressPage, MyCasesPage, MySpacePage

__all__ = [
    "ITEM_NAME",
    "STEPS",
    "TEST_CAPTCHA",
    "CaseDetailPage",
    "CaseProgressPage",
    "ConfirmationPage",
    "ContributionFormPage",
    "DefinitionList",
    "ErrorBox",
    "EvaluationPage",
    "Header",
    "HomePage",
    "IdentityLoginPage",
    "IdentityUnavailablePage",
    "InfoBox",
    "ItemGuidePage",
    "Journey",
    "JourneyResult",
    "JourneyStepError",
    "MyCasesPage",
    "MySpacePage",
    "NoticePage",
    "OfficeChooserPage",
    "PasswordResetPage",
    "ProgressBar",
    "RegistrationPage",
    "Screen",
    "SearchResultsPage",
    "SmsOutboxPage",
    "Step",
    "SubmissionSuccessPage",
    "read_sms_code",
]
