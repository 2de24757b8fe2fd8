using NewsArchive.Parsing;

namespace NewsArchive.BrowserTests;

/// <summary>
/// The real parser, except that a file the test names waits until the test lets it go: it holds an import at a
/// known point, so what the browser sees while the import runs does not depend on how fast the machine is.
/// A held file waits two minutes at most, so a broken test cannot hang the run.
/// </summary>
public sealed class HeldParser(ArticleTextParser inner) : IArticleParser
{
    private static readonly TimeSpan s_longestHold = TimeSpan.FromMinutes(2);
    private readonly object _lock = new();
    private Func<string, bool> _held = _ => false;

    public int MaxFileBytes => inner.MaxFileBytes;

    /// <summary>From now on the files <paramref name="held"/> picks wait, and those it no longer picks go on.</summary>
    public void Hold(Func<string, bool> held)
    {
        lock (_lock)
        {
            _held = held;
            Monitor.PulseAll(_lock);
        }
    }

    public void ReleaseAll() => Hold(_ => false);

    public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        lock (_lock)
        {
            while (_held(fileName) && waited.Elapsed < s_longestHold)
            {
                Monitor.Wait(_lock, TimeSpan.FromSeconds(1));
            }
        }
        return inner.Parse(fileName, bytes, knownBoilerplate, today);
    }
}
