// Keyboard in the console: "?" lists the keys (the #keysHelp dialog, closed with Escape); "/" jumps to the queue's
// search box; "j" and "k" move between tickets in a list, Enter opens the one in focus; "r" goes to the reply box of
// the ticket page; "q" back to the queue. Keys typed into fields are left alone.
document.addEventListener("keydown", function (event) {
    var target = event.target;
    // Enter on a ticket link opens it, whatever the table around it does with the key
    if (event.key === "Enter" && target.matches && target.matches("a.ticket-id")) {
        event.preventDefault();
        event.stopPropagation();
        window.location.href = target.href;
        return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
            || target.isContentEditable) {
        return;
    }
    var help = document.getElementById("keysHelp");
    if (help && help.open) {
        return; // the dialog handles Escape itself
    }
    if (event.key === "?") {
        if (help && help.showModal) {
            event.preventDefault();
            help.showModal();
        }
    } else if (event.key === "r") {
        var reply = document.getElementById("actions:text");
        if (reply) {
            event.preventDefault();
            reply.focus();
            reply.scrollIntoView({block: "center"});
        }
    } else if (event.key === "q") {
        var queue = document.getElementById("navTickets");
        if (queue) {
            event.preventDefault();
            window.location.href = queue.href;
        }
    } else if (event.key === "/") {
        var search = document.getElementById("queue:words");
        if (search) {
            event.preventDefault();
            search.focus();
        }
    } else if (event.key === "j" || event.key === "k") {
        var links = Array.prototype.slice.call(document.querySelectorAll("a.ticket-id"));
        if (!links.length) {
            return;
        }
        var at = links.indexOf(document.activeElement);
        var next = event.key === "j" ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
        event.preventDefault();
        links[next].focus();
        var row = links[next].closest("tr");
        if (row) {
            row.scrollIntoView({block: "nearest"});
        }
    }
}, true);
