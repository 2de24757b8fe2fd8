using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Importing;
using NewsArchive.Parsing;

namespace NewsArchive.Cli;

/// <summary><c>parse &lt;file-or-folder&gt;...</c>: one JSON object per file per line, files in name order (DESIGN.md contract).</summary>
public static class ParseCommand
{
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0)
        {
            return await CliApp.UsageErrorAsync(stderr, "parse needs at least one file or folder.");
        }
        // A folder stands for its *.txt files (below it, hidden ones excepted); a missing path is a failed file, not bad usage.
        var files = new List<string>();
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(SeedFolder.Enumerate(arg).Select(f => f.FullPath)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                files.Add(arg);
            }
        }
        return await WriteAllAsync(files.OrderBy(Path.GetFileName, StringComparer.Ordinal), stdout, stderr);
    }

    private static async Task<int> WriteAllAsync(IEnumerable<string> files, TextWriter stdout, TextWriter stderr)
    {
        var parser = new ArticleTextParser();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var exit = CliApp.Ok;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            ParseResult result;
            try
            {
                result = File.Exists(path)
                    ? parser.Parse(name, await File.ReadAllBytesAsync(path), today: today)
                    : ParseResult.Fail($"No such file or folder: {path}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result = ParseResult.Fail($"The file could not be read: {ex.Message}");
            }
            if (!result.Succeeded)
            {
                exit = CliApp.Failed;
                await stderr.WriteLineAsync($"{path}: {result.Error}");
            }
            await stdout.WriteLineAsync(ToJson(name, result));
        }
        return exit;
    }

    public static string ToJson(string file, ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_json))
        {
            var article = result.Article;
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("title", article?.Title);
            json.WriteBoolean("titleDerived", article?.TitleDerived ?? false);
            json.WriteString("published", article?.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("source", article?.Source);
            json.WriteString("body", article?.Body ?? "");
            if (result.Error is not null)
            {
                json.WriteString("error", result.Error);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
