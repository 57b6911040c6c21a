"""Page objects for the mock 北京市政务服务网: one class per screen, plus shared components.

They know only the browser and the screens (never mock_portal): locators by role, label and
text, methods named after what a person does, navigation returning the next page object.

How the modules import each other. The screens link in circles (every portal screen has the
header, whose links lead to 首都之窗 and 我的空间, from where the same screens are reached
again), so modules whose classes return each other's screens cannot form a tree unless every
screen sat in one module. We keep small modules and make the circle harmless instead:

- `components` (the screen base, `click_through`, messages, the captcha and 获取验证码 parts)
  imports no other page module; the others import its names: they need them while loading
  (base classes, default arguments).
- The screen modules (`header`, `home`, `item`, `declaration`, `identity`, `registration`,
  `space`, `outbox`) import one another only as modules, at the top (`from . import space`),
  and name a class when a method runs (`space.MySpacePage`). A module half-loaded in the circle
  is then never asked for a name, so any of them can be imported first.
- `journey` and this package import names: no page module imports them.

No import sits inside a function or under `if TYPE_CHECKING`; tests/unit/test_pages_imports.py
keeps it so (each module imported first in a fresh interpreter, and the import statements read).

Where a click leads: one method per outcome, `submit()` / `submit_expecting_error()`, the
other outcomes named the same way (`_expecting_login`, `_expecting_unavailable`). `then=` only
where the caller knows the destination: logging in, registering and 返回 on the identity
platform come back to the portal page the login was asked from.
"""

from .components import TEST_CAPTCHA, DefinitionList, ErrorBox, InfoBox, ProgressBar, Screen
from .declaration import (
    ConfirmationPage,
    ContributionFormPage,
    EvaluationPage,
    NoticePage,
    SubmissionSuccessPage,
)
from .errors import IdentityErrorPage, PageNotFoundPage, PortalErrorPage
from .header import Header
from .home import ITEM_NAME, HomePage, SearchResultsPage
from .identity import IdentityLoginPage, IdentityUnavailablePage, LoggedOutPage
from .item import ItemGuidePage, OfficeChooserPage
from .journey import STEPS, Journey, JourneyResult, JourneyStepError, Step
from .outbox import SmsOutboxPage, read_sms_code
from .payments import PaymentRecordsPage, ResumedPage, ResumptionPage, SuspensionPage
from .registration import (
    PasswordResetDonePage,
    PasswordResetPage,
    RegistrationDonePage,
    RegistrationPage,
)
from .space import (
    CaseDetailPage,
    CaseProgressPage,
    DraftDeletionPage,
    MessagePage,
    MyCasesPage,
    MyMessagesPage,
    MySpacePage,
    WithdrawalPage,
)

__all__ = [
    "ITEM_NAME",
    "STEPS",
    "TEST_CAPTCHA",
    "CaseDetailPage",
    "CaseProgressPage",
    "ConfirmationPage",
    "ContributionFormPage",
    "DefinitionList",
    "DraftDeletionPage",
    "ErrorBox",
    "EvaluationPage",
    "Header",
    "HomePage",
    "IdentityErrorPage",
    "IdentityLoginPage",
    "IdentityUnavailablePage",
    "InfoBox",
    "ItemGuidePage",
    "Journey",
    "JourneyResult",
    "JourneyStepError",
    "LoggedOutPage",
    "MessagePage",
    "MyCasesPage",
    "MyMessagesPage",
    "MySpacePage",
    "NoticePage",
    "OfficeChooserPage",
    "PageNotFoundPage",
    "PasswordResetDonePage",
    "PasswordResetPage",
    "PaymentRecordsPage",
    "PortalErrorPage",
    "ProgressBar",
    "RegistrationDonePage",
    "RegistrationPage",
    "ResumedPage",
    "ResumptionPage",
    "Screen",
    "SearchResultsPage",
    "SmsOutboxPage",
    "Step",
    "SubmissionSuccessPage",
    "SuspensionPage",
    "WithdrawalPage",
    "read_sms_code",
]
