// One browser test class at a time: on the 2-core machines the suite runs on, two classes in parallel (each with its
// own Kestrel app, SQLite file and Chromium context) made a page's load miss Playwright's 30 s timeout in a
// fresh-clone run; serial, no page waits on another test's work.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
