// S6 countdowns: every element with data-due (epoch ms) shows the time left or overdue, updated each second.
(function () {
    // the units in the page's words (<body data-duration-h="{0}h">, "{0} ساعت" on Persian pages) and digits
    function unit(name, n) {
        var digits = String(n);
        if (document.body.getAttribute("data-digits") === "persian") {
            digits = digits.replace(/[0-9]/g, function (c) { return String.fromCharCode(0x06F0 + Number(c)); });
        }
        return words("data-duration-" + name, "{0}" + name).replace("{0}", digits);
    }
    function amount(ms) {
        var s = Math.floor(Math.abs(ms) / 1000);
        var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
        var parts = [];
        if (d) { parts.push(unit("d", d)); }
        if (h) { parts.push(unit("h", h)); }
        if (m) { parts.push(unit("m", m)); }
        if (!d && !h) { parts.push(unit("s", s % 60)); }
        return parts.join(" ");
    }
    // the page's language gives the words: <body data-countdown-in="in {0}" data-countdown-overdue="overdue {0}">
    function words(name, fallback) {
        return document.body.getAttribute(name) || fallback;
    }
    function tick() {
        var now = Date.now();
        var inText = words("data-countdown-in", "in {0}"), overdueText = words("data-countdown-overdue", "overdue {0}");
        document.querySelectorAll("[data-due]").forEach(function (el) {
            var left = Number(el.getAttribute("data-due")) - now;
            el.textContent = (left < 0 ? overdueText : inText).replace("{0}", amount(left));
            el.classList.toggle("sla-overdue", left < 0);
            el.classList.toggle("sla-soon", left >= 0 && left < 3600000);
        });
    }
    document.addEventListener("DOMContentLoaded", function () {
        tick();
        setInterval(tick, 1000);
    });
})();
