// S6 countdowns: every element with data-due (epoch ms) shows the time left or overdue, updated each second.
(function () {
    function amount(ms) {
        var s = Math.floor(Math.abs(ms) / 1000);
        var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
        var parts = [];
        if (d) { parts.push(d + "d"); }
        if (h) { parts.push(h + "h"); }
        if (m) { parts.push(m + "m"); }
        if (!d && !h) { parts.push(s % 60 + "s"); }
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
