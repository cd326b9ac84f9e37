// Live alert panel: every alert pushed on the Faces websocket channel "alerts" becomes the first list item.
// The pushed document carries codes and a UTC instant; the page's data-labels (AlertLabels) say them in the page's
// language, time zone and calendar, as the server renders the other items.
var deskline = (function () {
    function text(tag, cls, value) {
        var el = document.createElement(tag);
        el.className = cls;
        el.textContent = value;
        return el;
    }
    function labels(el) {
        try {
            return JSON.parse((el && el.getAttribute("data-labels")) || "{}");
        } catch (e) {
            return {};
        }
    }
    function label(map, code) {
        return (map && map[code]) || code;
    }
    // 2026-12-06 19:50 in the user's zone; Solar Hijri with Persian digits on Persian pages (as DisplayFormats)
    function when(iso, l) {
        if (!l.zone || !window.Intl) {
            return iso.slice(0, 16).replace("T", " ") + " UTC";
        }
        var parts = {};
        new Intl.DateTimeFormat("en-US-u-ca-" + (l.persian ? "persian" : "gregory") + "-nu-latn", {
            timeZone: l.zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
            hourCycle: "h23"
        }).formatToParts(new Date(iso)).forEach(function (p) {
            parts[p.type] = p.value;
        });
        var sep = l.persian ? "/" : "-";
        var shown = parts.year + sep + parts.month + sep + parts.day + " " + parts.hour + ":" + parts.minute;
        return l.persian ? shown.replace(/[0-9]/g, function (d) {
            return String.fromCharCode(0x06F0 + Number(d));
        }) : shown;
    }
    return {
        feedOpen: function () {
            var el = document.getElementById("alertStatus");
            el.textContent = el.getAttribute("data-live") || "live";
        },
        feedClosed: function () {
            var el = document.getElementById("alertStatus");
            el.textContent = el.getAttribute("data-reconnecting") || "reconnecting…";
        },
        onAlert: function (message) {
            var alert = typeof message === "string" ? JSON.parse(message) : message;
            var list = document.getElementById("alertList");
            if (list.querySelector('[data-alert-id="' + alert.alertId + '"]')) {
                return; // already shown
            }
            var item = document.createElement("li");
            item.className = "alert-item new severity-" + alert.severity;
            item.setAttribute("data-alert-id", alert.alertId);
            var l = labels(list);
            item.appendChild(text("span", "alert-type", label(l.types, alert.type)));
            if (alert.ticket) {
                item.appendChild(text("span", "alert-ticket", (list.getAttribute("data-ticket") || "ticket") + " "
                        + alert.ticket.id));
                item.appendChild(text("span", "alert-title", alert.ticket.title));
            }
            item.appendChild(text("time", "", when(alert.occurredAt, l)));
            list.insertBefore(item, list.firstChild);
        },
        // the alert page's inbox: a pushed alert becomes the first row (acknowledge and assign after a reload)
        inboxOpen: function () {
            var el = document.getElementById("inboxStatus");
            el.textContent = el.getAttribute("data-live") || "live";
        },
        inboxClosed: function () {
            var el = document.getElementById("inboxStatus");
            el.textContent = el.getAttribute("data-reconnecting") || "reconnecting…";
        },
        onInboxAlert: function (message) {
            var alert = typeof message === "string" ? JSON.parse(message) : message;
            var body = document.querySelector("[id='inbox:alertTable'] tbody");
            var filter = new URLSearchParams(window.location.search);
            if (!body || body.querySelector('[data-alert-id="' + alert.alertId + '"]')
                    || (filter.get("type") && filter.get("type") !== alert.type)
                    || (filter.get("severity") && filter.get("severity") !== alert.severity)) {
                return; // shown already, or not what the page is filtered on
            }
            var row = document.createElement("tr");
            row.className = "new";
            row.setAttribute("data-alert-id", alert.alertId);
            var l = labels(document.getElementById("inboxStatus"));
            var cells = [when(alert.occurredAt, l), label(l.types, alert.type), label(l.severities, alert.severity),
                alert.ticket ? String(alert.ticket.id) : "", l.sent || "Sent", l.justArrived || "new", ""];
            cells.forEach(function (value, i) {
                var cell = document.createElement("td");
                if (i === 1) {
                    cell.appendChild(text("span", "alert-type", value));
                } else if (i === 3 && alert.ticket) {
                    var link = document.createElement("a");
                    link.href = "ticket.xhtml?id=" + alert.ticket.id;
                    link.textContent = value;
                    cell.appendChild(link);
                } else {
                    cell.textContent = value;
                }
                row.appendChild(cell);
            });
            body.insertBefore(row, body.firstChild);
        }
    };
})();
