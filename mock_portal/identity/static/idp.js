/* 北京市统一身份认证平台: tabs, captcha refresh and 获取验证码 with its countdown.
   Every page works without this script; it only saves page loads. */
(function () {
  "use strict";

  function refreshCaptcha(image) {
    image.src = image.getAttribute("data-src") + "&t=" + Date.now();
  }

  /* The image's button (Enter and Space click it too), or the image itself. */
  document.querySelectorAll("img[data-src]").forEach(function (image) {
    (image.closest("button") || image).addEventListener("click", function () {
      refreshCaptcha(image);
    });
  });

  var tabs = document.querySelectorAll('[role="tab"]');
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function (event) {
      event.preventDefault();
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
      });
      history.replaceState(null, "", tab.href);
    });
  });

  function say(form, text, ok) {
    var box = form.parentNode;
    box.querySelectorAll(":scope > .error, :scope > .notice").forEach(function (old) {
      old.remove();
    });
    if (!text) { return; }
    var message = document.createElement("p");
    message.className = ok ? "notice" : "error";
    message.setAttribute("role", ok ? "status" : "alert");
    message.textContent = text;
    box.insertBefore(message, form);
  }

  /* The server says how long until a new code may be asked for; the button shows
     重新发送(59) right after sending, one less each second, and never (0). */
  function label(left) {
    return left > 0 ? "重新发送(" + Math.max(1, Math.ceil(left / 1000) - 1) + ")" : "获取验证码";
  }

  function countDown(button, milliseconds) {
    clearInterval(button.countdownTimer);
    var deadline = Date.now() + milliseconds;
    function tick() {
      var left = deadline - Date.now();
      button.textContent = label(left);
      button.disabled = left > 0;
      if (left <= 0) { clearInterval(button.countdownTimer); }
    }
    tick();
    if (milliseconds > 0) { button.countdownTimer = setInterval(tick, 200); }
  }

  document.querySelectorAll("button[data-sms-send]").forEach(function (button) {
    var form = button.form;
    countDown(button, Number(button.getAttribute("data-resend-ms")) || 0);

    button.addEventListener("click", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      data.set("action", "send_code");
      button.disabled = true;
      // form.action would be the buttons named "action": read the attribute.
      fetch(form.getAttribute("action"), {method: "POST", body: data, credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          say(form, answer.message, answer.ok);
          countDown(button, answer.resend_ms || 0);
          var captcha = form.querySelector('input[name="captcha"]');
          if (captcha) { captcha.value = ""; }
          var image = form.querySelector("img[data-src]");
          if (image) { refreshCaptcha(image); }
          var next = form.querySelector('input[name="' + (answer.ok ? "code" : answer.field) + '"]');
          if (next) { next.focus(); }
        })
        .catch(function () {
          say(form, "网络异常，请稍后重试", false);
          countDown(button, 0);
        });
    });

    /* Enter in the phone or captcha field asks for a code (the form's first button);
       anywhere else it submits the form's main button. */
    form.addEventListener("keydown", function (event) {
      var name = event.target.name;
      if (event.key !== "Enter" || event.target.tagName !== "INPUT" ||
          name === "phone" || name === "captcha") { return; }
      event.preventDefault();
      form.requestSubmit(form.querySelector("[data-default-submit]"));
    });
  });
})();
