using System.Globalization;
using NewsArchive.Importing;
using Spectre.Console;

namespace NewsArchive.Cli;

/// <summary>
/// The progress of a running import on stderr, read from the <see cref="ImportGate"/>: files done of total, the
/// rate, the time left and the current file. Live (Spectre.Console) on a terminal; a plain line every few seconds
/// when stderr is redirected (a log, a pipe, CI).
/// </summary>
internal sealed class ImportProgressDisplay(CliConsole console, TimeProvider clock, ImportGate gate, long started)
{
    private static readonly TimeSpan s_refresh = TimeSpan.FromMilliseconds(200);

    public async Task LiveAsync(Task import)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = InteractionSupport.Yes,
        });
        await terminal.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                while (!import.IsCompleted)
                {
                    if (gate.Current is { } progress)
                    {
                        task.MaxValue = Math.Max(1, progress.Total);
                        task.Value = progress.Done;
                        task.Description = Markup.Escape(Describe(progress, width: 60));
                    }
                    await Task.WhenAny(import, Task.Delay(s_refresh, clock));
                }
                task.Value = task.MaxValue;
                task.Description = "done";
            });
    }

    public async Task PlainAsync(Task import, TimeSpan every)
    {
        while (!import.IsCompleted)
        {
            await Task.WhenAny(import, Task.Delay(every, clock));
            if (!import.IsCompleted && gate.Current is { } progress)
            {
                await console.Error.WriteLineAsync("import: " + Describe(progress, width: 200));
            }
        }
    }

    /// <summary><c>1,234 of 100,000 files (1.2 %), 1,481 files/s, about 1m 06s left, now folder/file.txt</c>.</summary>
    public string Describe(ImportProgress progress, int width)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var elapsed = clock.GetElapsedTime(started);
        var rate = elapsed.TotalSeconds > 0 ? progress.Done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((progress.Total - progress.Done) / rate) : (TimeSpan?)null;
        var percent = progress.Total == 0 ? 0 : 100.0 * progress.Done / progress.Total;
        var current = progress.CurrentFile is { Length: > 0 } file
            ? ", now " + (file.Length > width ? "…" + file[^(width - 1)..] : file)
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.Done:N0} of {progress.Total:N0} files ({percent:F1} %), {rate:N0} files/s, {Left(left)}{current}");
    }

    private static string Left(TimeSpan? left) => left switch
    {
        null => "time left unknown",
        { TotalHours: >= 1 } t => string.Create(CultureInfo.InvariantCulture, $"about {(int)t.TotalHours}h {t.Minutes:D2}m left"),
        { TotalMinutes: >= 1 } t => string.Create(CultureInfo.InvariantCulture, $"about {t.Minutes}m {t.Seconds:D2}s left"),
        { } t => string.Create(CultureInfo.InvariantCulture, $"about {t.Seconds}s left"),
    };
}
