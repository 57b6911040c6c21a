"""Services shared by the areas: cases, SMS outbox, captcha, personas."""
