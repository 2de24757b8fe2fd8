// Polls /admin/progress while an import (or the start's rebuilding of stories) runs and fills in the progress
// panel; reloads the page when the job has ended or another has begun, so the page shows its report. Without
// JavaScript a <noscript> refresh does the job.
(function () {
    "use strict";
    var panel = document.getElementById("import-progress");
    if (!panel || panel.getAttribute("data-running") !== "true") {
        return;
    }
    var job = panel.getAttribute("data-job");
    // A field name may be a path into the JSON ("rebuild.placed").
    function read(progress, name) {
        return name.split(".").reduce(function (value, key) {
            return value === null || value === undefined ? value : value[key];
        }, progress);
    }
    function show(progress) {
        panel.querySelectorAll("[data-field]").forEach(function (element) {
            var name = element.getAttribute("data-field");
            if (name === "bar") {
                element.max = Math.max(progress.total, 1);
                element.value = progress.done;
            } else if (name === "rebuild.bar") {
                element.max = Math.max(read(progress, "rebuild.total") || 0, 1);
                element.value = read(progress, "rebuild.placed") || 0;
            } else if (name === "timeLeft") {
                element.textContent = progress.timeLeft ? ", " + progress.timeLeft : "";
            } else {
                var value = read(progress, name);
                element.textContent = value === null || value === undefined ? "—" : String(value);
            }
        });
    }
    function poll() {
        fetch("/admin/progress", { credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (progress) {
                if (!progress.running || (job && progress.job !== job)) {
                    window.location.reload();
                    return;
                }
                show(progress);
                window.setTimeout(poll, 500);
            })
            .catch(function () { window.setTimeout(poll, 2000); });
    }
    window.setTimeout(poll, 300);
}());
