using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Ingest;

namespace NewsArchive.Cli;

/// <summary>
/// <c>parse &lt;file-or-folder&gt;...</c>: one JSON object a line per file, in file-name order (folders
/// expand to their *.txt files). Exit 0 when all parsed, 1 when any failed.
/// </summary>
public static class ParseCommand
{
    // Relaxed escaping keeps non-ASCII text readable in the output; it is written to a terminal or a file, never into HTML.
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> paths, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parser = new ArticleTextParser();
        var failed = 0;
        foreach (var path in Expand(paths, stderr))
        {
            var result = File.Exists(path)
                ? parser.Parse(Path.GetFileName(path), File.ReadAllBytes(path))
                : ParseResult.Fail($"No such file or folder: {path}");
            if (!result.Succeeded)
            {
                failed++;
                stderr.WriteLine($"{path}: {result.Error}");
            }
            WriteLine(stdout, Path.GetFileName(path), result);
        }
        return failed == 0 ? 0 : 1;
    }

    public static void WriteLine(Stream stdout, string file, ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using (var json = new Utf8JsonWriter(stdout, s_jsonOptions))
        {
            var article = result.Article;
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("title", article?.Title);
            json.WriteBoolean("titleDerived", article?.TitleDerived ?? false);
            json.WriteString("published", article?.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("source", article?.Source);
            json.WriteString("body", article?.Body);
            if (result.Error is not null)
            {
                json.WriteString("error", result.Error);
            }
            json.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string> paths, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt"));
            }
            else
            {
                files.Add(path);
            }
        }
        if (files.Count == 0)
        {
            stderr.WriteLine("No .txt files found.");
        }
        return files.OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal);
    }
}
