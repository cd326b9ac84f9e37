// Live alert panel: every alert pushed on the Faces websocket channel "alerts" becomes the first list item.
var deskline = (function () {
    function text(tag, cls, value) {
        var el = document.createElement(tag);
        el.className = cls;
        el.textContent = value;
        return el;
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
            item.appendChild(text("span", "alert-type", alert.type));
            if (alert.ticket) {
                item.appendChild(text("span", "alert-ticket", (list.getAttribute("data-ticket") || "ticket") + " "
                        + alert.ticket.id));
                item.appendChild(text("span", "alert-title", alert.ticket.title));
            }
            item.appendChild(text("time", "", alert.occurredAt.slice(0, 16).replace("T", " ") + " UTC"));
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
            var cells = [alert.occurredAt.slice(0, 16).replace("T", " ") + " UTC", alert.type, alert.severity,
                alert.ticket ? String(alert.ticket.id) : "", "Sent", "new", ""];
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
