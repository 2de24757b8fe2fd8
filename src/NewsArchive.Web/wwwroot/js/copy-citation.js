// Adds a "Copy" button next to the article's citation (without JavaScript the text is there to select).
(function () {
    "use strict";
    var citation = document.getElementById("citation");
    if (!citation || !navigator.clipboard) {
        return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary copy-button";
    button.textContent = "Copy the citation";
    var status = document.createElement("span");
    status.className = "hint";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
        navigator.clipboard.writeText(citation.textContent.trim()).then(function () {
            status.textContent = " Copied.";
        }, function () {
            status.textContent = " Could not copy: select the text instead.";
        });
    });
    citation.after(button, status);
}());
