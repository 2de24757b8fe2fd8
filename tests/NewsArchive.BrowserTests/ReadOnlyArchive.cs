namespace NewsArchive.BrowserTests;

/// <summary>
/// One live app for a class whose tests only read (the accessibility sweeps; the admin one also sets the same password each time): the seeds and the made-up flood
/// articles, arranged once. Starting an app, importing the seeds and adding the articles for each of the 32
/// page-width-scheme cases cost more than the pages themselves; no test here writes, so none sees another's work.
/// </summary>
public sealed class ReadOnlyArchive : IAsyncLifetime
{
    public LiveApp App { get; } = new();

    public Task InitializeAsync() => SearchArchive.AddFloodArticlesAsync(App);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
