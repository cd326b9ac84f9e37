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
            document.getElementById("alertStatus").textContent = "live";
        },
        feedClosed: function () {
            document.getElementById("alertStatus").textContent = "reconnecting…";
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
                item.appendChild(text("span", "alert-ticket", "ticket " + alert.ticket.id));
                item.appendChild(text("span", "alert-title", alert.ticket.title));
            }
            item.appendChild(text("time", "", alert.occurredAt.slice(0, 16).replace("T", " ") + " UTC"));
            list.insertBefore(item, list.firstChild);
        }
    };
})();
