namespace NewsArchive.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        Hosting.MallocArenas.Limit();
        // System.CommandLine turns Ctrl+C into the commands' cancellation token: an import stops after the batch in flight.
        return CliApp.RunAsync(args, CliConsole.System(), TimeProvider.System);
    }
}
