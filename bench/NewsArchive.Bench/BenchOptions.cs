using System.Globalization;

namespace NewsArchive.Bench;

/// <summary>The benchmark's settings: <c>--count N --seed S --corpus DIR --work DIR --workers N --requests N --seconds S --smoke --reuse --report FILE</c>.</summary>
public sealed class BenchOptions
{
    public int Count { get; set; } = 100_000;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// <c>--corpus DIR</c>: a folder of article files to import, only ever read (never written, never deleted).
    /// Without it the corpus is generated in the work folder (and reused there for the same count and seed).
    /// </summary>
    public string? Corpus { get; set; }

    /// <summary>Where the databases go.</summary>
    public string Work { get; set; } = Path.Combine(Path.GetTempPath(), "newsarchive-bench");

    public int Workers { get; set; } = 4;

    /// <summary>Requests per query variant (each side), bounded also by <see cref="Seconds"/>.</summary>
    public int Requests { get; set; } = 200;

    public double Seconds { get; set; } = 8;

    /// <summary>Import in this process rather than in a child (no peak-memory figure); used by the smoke run.</summary>
    public bool InProcess { get; set; }

    public bool SkipHttp { get; set; }

    /// <summary>Measure the import section only (the scale run when time is short).</summary>
    public bool ImportOnly { get; set; }

    /// <summary>Skip corpus and import: measure search and browsing on the <c>app.db</c> a previous run left in <see cref="Work"/>.</summary>
    public bool Reuse { get; set; }

    /// <summary>The web host's built dll; found next to the sources when not given.</summary>
    public string? WebDll { get; set; }

    public string? Report { get; set; }

    /// <summary>True when the corpus is the bench's own (generated in the work folder), false for a folder given with <c>--corpus</c>.</summary>
    public bool OwnsCorpus => Corpus is null;

    public string CorpusFolder => Corpus ?? Path.Combine(Work, $"corpus-{Count}-{Seed}");

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--count": options.Count = NextInt(); break;
                case "--seed": options.Seed = NextInt(); break;
                case "--corpus": options.Corpus = Next(); break;
                case "--work": options.Work = Next(); break;
                case "--workers": options.Workers = NextInt(); break;
                case "--requests": options.Requests = NextInt(); break;
                case "--seconds": options.Seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--web-dll": options.WebDll = Next(); break;
                case "--report": options.Report = Next(); break;
                case "--in-process": options.InProcess = true; break;
                case "--skip-http": options.SkipHttp = true; break;
                case "--import-only": options.ImportOnly = true; break;
                case "--reuse": options.Reuse = true; break;
                case "--smoke": options.ApplySmoke(); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return options;
    }

    /// <summary>A few seconds' run that proves every part works; its numbers mean little.</summary>
    private void ApplySmoke()
    {
        Count = 2_000;
        Workers = 2;
        Requests = 10;
        Seconds = 1;
        InProcess = true;
        Work = Path.Combine(Path.GetTempPath(), "newsarchive-bench-smoke-" + Guid.NewGuid().ToString("N"));
        SmokeWork = Work;
    }

    /// <summary>The private work folder a smoke run made (deleted after it), or null.</summary>
    public string? SmokeWork { get; private set; }
}
