// Polls /admin/progress while an import runs and fills in the progress panel; reloads the page when the
// import has ended so the run list shows its report. Without JavaScript a <noscript> refresh does the job.
(function () {
    "use strict";
    var panel = document.getElementById("import-progress");
    if (!panel || panel.getAttribute("data-running") !== "true") {
        return;
    }
    function show(progress) {
        panel.querySelectorAll("[data-field]").forEach(function (element) {
            var name = element.getAttribute("data-field");
            if (name === "bar") {
                element.max = Math.max(progress.total, 1);
                element.value = progress.done;
            } else if (name === "timeLeft") {
                element.textContent = progress.timeLeft ? ", " + progress.timeLeft : "";
            } else {
                var value = progress[name];
                element.textContent = value === null || value === undefined ? "—" : String(value);
            }
        });
    }
    function poll() {
        fetch("/admin/progress", { credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (progress) {
                if (!progress.running) {
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
