namespace NewsArchive.Cli;

/// <summary>
/// Where a command writes and reads. <paramref name="Interactive"/>: stderr is a terminal a person watches (live
/// progress, the password typed unseen); otherwise output is redirected (plain progress lines).
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool Interactive)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, Console.In, !Console.IsErrorRedirected);
}
