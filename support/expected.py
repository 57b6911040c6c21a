"""Expected values shared by the test tiers, written out once (never imported from mock_portal).

Verbatim texts come from the operations guide (its typos and cut-off rows included); the other
values are the portal's documented behaviour (README, "The portal").
"""

from __future__ import annotations

from .personas import DEFAULT_PASSWORD, Persona

#: The guide's sample moment: its 办件单号 111101086949863441300201400300202202206110003 was
#: handed out on 2022-06-11 (Beijing time).
GUIDE_DAY = "2022-06-11T09:30:00+08:00"

#: 办件单号 as the guide's 第8步 shows it: the third case of GUIDE_DAY at 海淀区's centre
#: (docs/domain.md §6).
GUIDE_CASE_NUMBER = "111101086949863441300201400300202202206110003"

#: The service, as search results, 用户须知 and the case pages name it.
ITEM = "灵活就业人员社会保险缴费申报与变更"

#: 用户须知, the four numbered rules, verbatim from the operations guide.
NOTICE_RULES = [
    "缴费基数可以在企业职工养老保险缴费基数下限和上限之间自愿选择。填报基数低于北京市职工养老保险缴费基数"
    "下限的，以下限作为缴费基数；高于上限的，以上限作为缴费基数。缴费年度起止时间为当年7月至次年6月，"
    "一个缴费年度内缴费基数和缴费周期不进行调整。",
    "个人选择银行代扣缴费方式的，应签订社会保险银行代扣协议，及时将应缴养老保险费、失业保险费资金存入社会"
    "保险费代扣银行账户中；或根据税务部门提供的其他途径进行主动缴费。选择按月缴费的，每月应按税务部门规定的"
    "时间和缴费方式完成缴费；选择按季度、按半年或按年缴费的，最迟应在选择缴费时段的最后一个月前按税务部门"
    "规定的时间和缴费方式完成缴费；距法定退休年龄不足12个月的，缴费周期应为按月缴费。有关缴费问题请咨询"
    "12366。",
    "由于姓名、社会保障号码、代扣账户等个人信息本人填写错误，或本人未及时变更社保登记的上述个人信息，或扣款"
    "时账户余额不足等个人原因，造成未能按时缴纳养老保险费、失业保险费的，视为个人自动中断缴费。选择按月缴费"
    "的，连续三个月未能按规定时间足额缴纳养老保险费、失业保险费，视为个人自行中断缴费；选择按季度、按半年或"
    "按年缴费的，未能在选择缴费时段的最后一个月足额缴纳养老、失业保险费的，视为个人自行中断缴费。自行中断缴费"
    "后，个人要求恢复缴费的，应重新向原办理缴费业务的社会保险代理机构提出申请，养老保险费、失业保险费从申请"
    "之月起按月缴纳。",
    "选择按季度、按半年或按年缴费的，本人在选择缴费时段内申请暂停缴费，暂停缴费当月及以后月份已缴纳的养老"
    "保险费、失业保险费应退还本人；对尚未完成缴费的，可自愿选择缴纳未缴月份的养老保险费、失业保险费。",
]

# 第1步 搜索事项 -------------------------------------------------------------------------------

#: What the search results say: the item found, nothing found (`.format(words=…)`), no words.
SEARCH_FOUND_ONE = "共找到1条相关事项"
SEARCH_NOTHING = "未找到与“{words}”相关的结果，请更换关键词后重试。"
SEARCH_NO_WORDS = "请输入搜索关键词"

# 第3步 在线办理: areas and 办理地点 --------------------------------------------------------------

#: The seventeen areas of the chooser, in the guide's order.
DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区",
             "副中心(通州区)", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
             "经济开发区"]

HAIDIAN = "海淀区"

#: 缴费周期 as 在线填表 offers it, the one a test declares unless it says otherwise.
MONTHLY = "按月缴费"

#: Haidian's 办理地点 rows, verbatim from the guide (its typos and cut-off first row included).
HAIDIAN_ROWS = [
    "【海淀区】北京市海淀区政务服务中心人社保分中心(人力资源公共服务专区)北京市海淀区西四环北路73号"
    "中关村人才发展...",
    "【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口",
    "【海淀区温泉地区】北京市海淀区温泉镇政务服务中心综合窗口,北京市海淀区温泉黑龙潭路401号",
    "【海淀区马连洼街道】北京市海淀区马连洼街道政务大厅:北京市海淀区马连洼街道北路8号院一层综合窗口",
    "【海淀区香山街道】香山一榉松2号便民服务中心",
    "【海淀区上庄地区】北京市海淀区上庄镇政务服务中心:北京市海淀区上庄镇上庄路60号政务服务中心大厅综合窗口",
    "【海淀区海淀街道】海淀街道政务大厅:北京市海淀区海淀南路34号艾瑟顿商业广场五层政务服务大厅综合窗口",
]

# The guide's office, the first row of 海淀区 (the district centre), by each of its three names:
#: its id in the portal's URLs (/declaration/start/110108-00),
HAIDIAN_CENTRE_OFFICE_ID = "110108-00"
#: the start of its row, enough to pick the row on the page,
HAIDIAN_CENTRE_NAME = "【海淀区】北京市海淀区政务服务中心人社保分中心"
#: and its whole row, as 办理地点 shows it.
HAIDIAN_CENTRE_ROW = HAIDIAN_ROWS[0]

#: The streets the guide's picture shows under 海淀区.
HAIDIAN_GUIDE_STREETS = ["海淀区上庄地区", "海淀区八里庄街道", "海淀区学院路街道", "海淀区海淀街道",
                         "海淀区温泉地区", "海淀区甘家口街道", "海淀区香山街道", "海淀区马连洼街道"]

# 第4步 北京市统一身份认证平台 ------------------------------------------------------------------

#: The heading of the platform's login page (the text a page-less user sees it by).
LOGIN_HEADING = "北京市统一身份认证平台 请您登录"

#: What 账号登录 says about the first thing wrong, in the order the platform checks.
LOGIN_NO_ACCOUNT = "请输入用户名/手机号/身份证号"
LOGIN_NO_PASSWORD = "请输入密码"
LOGIN_NO_CAPTCHA = "请输入图形验证码"
LOGIN_CAPTCHA_FORMAT = "验证码格式不正确"
LOGIN_WRONG_CAPTCHA = "请输入正确的图形验证码"
LOGIN_WRONG_PASSWORD = "用户名或密码错误"

#: What 获取验证码 says once the platform has sent the code (短信登录, 立即注册, 忘记密码?).
CODE_SENT = "验证码已发送，请注意查收"

#: 立即注册 and 忘记密码?: a phone with an account already, one without, an ID number whose
#: 校验位 is wrong, a new password the same as the old, and the reset done.
PHONE_TAKEN = "该手机号已注册，请直接登录或找回密码"
PHONE_UNREGISTERED = "该手机号未注册，请先注册"
ID_NUMBER_CHECK_DIGIT = "身份证号校验位不正确"
PASSWORD_UNCHANGED = "新密码不能与原密码相同"
PASSWORD_RESET_DONE = "密码重置成功，请使用新密码登录。"

#: What 短信登录 says about a code that cannot be one, and about a wrong one.
SMS_CODE_MALFORMED = "验证码格式不正确"
SMS_CODE_WRONG = "验证码错误，请重新输入"

#: The lock after 5 and after 10 wrong passwords.
LOCKED_1H = "密码输入错误5次，已被锁定1小时，请尝试找回密码。"
LOCKED_24H = "密码输入错误10次，已被锁定24小时，请尝试找回密码。"

#: Either origin's error page for a failed request (with 重试), and what the platform's script
#: says when its request to send a code fails.
SERVICE_UNAVAILABLE = "服务暂时不可用，请稍后重试。"
NETWORK_ERROR = "网络异常，请稍后重试"

#: The portal's page when the identity platform cannot be reached (with 重试).
IDP_UNAVAILABLE = "北京市统一身份认证平台暂时无法访问，请稍后重试。"

#: The SMS of a case (docs/domain.md §7.2), `.format(number=…)`: at 提交, and at 已办结 with 通过.
SMS_SUBMITTED = ("【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”（办件单号：{number}）"
                 "已提交，预计于今日完成办结，请耐心等待。")
SMS_APPROVED = ("【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”（办件单号：{number}）"
                "已办结，办理结果：通过。请登录“我的空间”查看详情。")

# 第6–7步 在线填表 and 信息确认: limits, clamping, who may declare --------------------------------

#: 在线填表's hint under 缴费工资, `.format(year=…, lower=…, upper=…)` with year as
#: CONTRIBUTION_YEAR gives it; PROVISIONAL follows it for limits borrowed from an earlier year.
LIMITS_HINT = "本缴费年度（{year}）缴费基数下限{lower}元，上限{upper}元"
#: 缴费年度 as 信息确认 and 查看详情 show it, `.format(start=2021, end=2022)`.
CONTRIBUTION_YEAR = "{start}年7月至{end}年6月"
#: After the hint and the year when the year's limits are not published yet.
PROVISIONAL = "（暂按上年度）"

#: The reason a typed wage is not the base, `.format(limit=…)`: 查看详情's 说明.
BELOW_LOWER = "填报工资低于本缴费年度缴费基数下限{limit}元，以下限作为缴费基数"
ABOVE_UPPER = "填报工资高于本缴费年度缴费基数上限{limit}元，以上限作为缴费基数"
#: 信息确认's note for a clamped wage, `.format(typed=…, reason=BELOW_LOWER/ABOVE_UPPER filled)`.
CLAMP_NOTE = "您填报的缴费工资为{typed}元，{reason}。"

#: 每月应缴 for a base, `.format(pension=…, unemployment=…, total=…)`.
MONTHLY_AMOUNTS = "养老保险费{pension}元，失业保险费{unemployment}元，合计{total}元"

#: 进入办事 after the year's declaration was 已办结, `.format(year=CONTRIBUTION_YEAR filled)`.
YEAR_CLOSED = "您{year}缴费年度的申报已办结。一个缴费年度内缴费基数和缴费周期不进行调整。"

#: 在线填表's message for a wage that is not a plain amount.
WAGE_NOT_A_NUMBER = "缴费工资只能填写数字"

#: Near retirement: only 按月缴费 (在线填表's note and the refusal of another cycle).
MONTHLY_ONLY = "您距法定退休年龄不足12个月，缴费周期应为按月缴费。"
#: The four 缴费周期, in the form's order.
CYCLES = ["按月缴费", "按季度缴费", "按半年缴费", "按年缴费"]
#: What 进入办事 says to a person whose contributions are suspended.
STOPPED_SUSPENDED = "您当前处于暂停缴费状态，不能办理本事项。请先办理恢复缴费后再申报。"

# The demo personas every test-mode portal starts with ------------------------------------------

ZHANG_SAN = Persona(name="张三", id_number="110108198803070431", phone="13800138000",
                    username="zhangsan", password=DEFAULT_PASSWORD, status="normal",
                    retirement_track="M60")
LI_SI = Persona(name="李四", id_number="110105199211200728", phone="13900139000",
                username="lisi", password=DEFAULT_PASSWORD, status="normal",
                retirement_track="F55")
