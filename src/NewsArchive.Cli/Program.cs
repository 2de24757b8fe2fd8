namespace NewsArchive.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        Hosting.MallocArenas.Limit();
        return CliApp.RunAsync(args, Console.Out, Console.Error);
    }
}
