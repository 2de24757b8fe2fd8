using System.CommandLine;
using ParseResult = NewsArchive.Parsing.ParseResult;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Importing;
using NewsArchive.Parsing;

namespace NewsArchive.Cli;

/// <summary><c>parse &lt;file-or-folder&gt;...</c>: one JSON object per file per line, files in name order (DESIGN.md contract).</summary>
public static class ParseCommand
{
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Description = "Article files, or folders standing for the *.txt files below them (hidden ones excepted).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("parse", """
            Parse article files and print one JSON object per file per line on stdout, files in name order:
            {"file", "title", "titleDerived", "published", "source", "body"}, plus "error" for a file that could not
            be parsed (a missing file is such a file) and "note" for a symbolic link followed. A folder stands for its
            *.txt files and every symbolic link below it that leads to no regular file. Diagnostics go to stderr.
            Exit codes: 0 every file parsed, 1 a file failed, 2 bad usage.
            """) { paths };
        command.SetAction((result, _) => RunAsync(result.GetValue(paths)!, console.Out, console.Error, clock));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        // A folder stands for its *.txt files (below it, hidden ones excepted), and for every symbolic link below it
        // that does not lead to a regular file (a folder, nothing, a loop), so no link is passed over without a line.
        // A file keeps its folder as the root that links must stay inside, as in an import. A missing path is a failed file.
        var files = new List<SeedFile>();
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(SeedFolder.Enumerate(arg).Where(IsListed));
            }
            else
            {
                var full = Path.GetFullPath(arg);
                files.Add(new SeedFile(Path.GetDirectoryName(full)!, Path.GetFileName(full)));
            }
        }
        return await WriteAllAsync(files.OrderBy(f => Path.GetFileName(f.RelativePath), StringComparer.Ordinal), stdout, stderr, clock);
    }

    private static bool IsListed(SeedFile file) =>
        file.RelativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        || (new FileInfo(file.FullPath).LinkTarget is not null && !File.Exists(file.FullPath));

    private static async Task<int> WriteAllAsync(IEnumerable<SeedFile> files, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var parser = new ArticleTextParser();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var exit = CliApp.Ok;
        foreach (var file in files)
        {
            var (result, note) = await ParseOneAsync(parser, file, today);
            if (!result.Succeeded)
            {
                exit = CliApp.Failed;
                await stderr.WriteLineAsync($"{file.FullPath}: {result.Error}");
            }
            await stdout.WriteLineAsync(ToJson(Path.GetFileName(file.RelativePath), result, note));
        }
        return exit;
    }

    // Read as the importer reads (a pipe or device is reported, never opened; size bounded; links followed only
    // inside the root); any failure is this file's line.
    private static async Task<(ParseResult Result, string? Note)> ParseOneAsync(ArticleTextParser parser, SeedFile file, DateOnly today)
    {
        var full = file.FullPath;
        if (!File.Exists(full) && new FileInfo(full).LinkTarget is null && !Path.Exists(full))
        {
            return (ParseResult.Fail($"No such file or folder: {full}"), null);
        }
        try
        {
            var read = await SeedFileReader.TryReadAsync(file, parser.MaxFileBytes, CancellationToken.None);
            return (read.Error is not null ? ParseResult.Fail(read.Error) : parser.Parse(Path.GetFileName(full), read.Content, today: today), read.Note);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (ParseResult.Fail($"The file could not be parsed ({ex.GetType().Name}: {ex.Message})."), null);
        }
    }

    /// <summary>One file's line; <paramref name="note"/> (what reading did that a person may want to know, such as a symbolic link followed) becomes a "note" field.</summary>
    public static string ToJson(string file, ParseResult result, string? note = null)
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
            if (note is not null)
            {
                json.WriteString("note", note);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
