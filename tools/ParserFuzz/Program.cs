using NewsArchive.Parsing;
using SharpFuzz;

namespace NewsArchive.Tools.ParserFuzz;

/// <summary>
/// afl++ target: each input is one file's bytes, parsed as the importer parses it. Parse must return a result
/// for any bytes, so any exception is a crash for afl++ to keep. <c>--replay FILE...</c> parses files without
/// afl++ and prints what happened (to turn a finding into a regression test); run it from an uninstrumented
/// build (<c>dotnet run --project tools/ParserFuzz -- --replay FILE...</c>): instrumented code runs only inside
/// <see cref="Fuzzer.Run(Action{Stream})"/>, which sets up afl++'s coverage map.
/// </summary>
internal static class Program
{
    private static readonly DateOnly s_today = new(2026, 1, 1);

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            var parser = new ArticleTextParser();
            var crashed = 0;
            foreach (var path in args.Skip(1))
            {
                try
                {
                    var result = parser.Parse(Path.GetFileName(path), File.ReadAllBytes(path), today: s_today);
                    Console.WriteLine($"{path}: {(result.Succeeded ? "article \"" + result.Article!.Title + "\"" : result.Error)}");
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    crashed++;
                    Console.WriteLine($"{path}: CRASH {ex}");
                }
            }
            return crashed == 0 ? 0 : 1;
        }
        ArticleTextParser? fuzzed = null;
        Fuzzer.Run(stream =>
        {
            fuzzed ??= new ArticleTextParser();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            _ = fuzzed.Parse("fuzz.txt", buffer.GetBuffer().AsSpan(0, (int)buffer.Length), today: s_today);
        });
        return 0;
    }
}
