namespace NewsArchive.Bench;

internal static class Program
{
    public static Task<int> Main(string[] args) => BenchApp.RunAsync(args, Console.Out);
}
