using System.Globalization;
using NewsArchive.Corpus;

namespace NewsArchive.Bench;

/// <summary>The benchmark's settings: <c>--count N --seed S --profile short|long|both --corpus DIR --work DIR --workers N --requests N --seconds S --smoke --reuse --report FILE</c>.</summary>
public sealed class BenchOptions
{
    public int Count { get; set; } = 100_000;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// <c>--profile short|long|both</c>: which generated corpora to run, one after the other, each with its own
    /// tables (default both). Ignored with <c>--corpus</c>, whose folder is what it is.
    /// </summary>
    public IReadOnlyList<CorpusProfile> Profiles { get; set; } = [CorpusProfile.ShortItems, CorpusProfile.LongPages];

    /// <summary>The profile of the current pass (set by the runner for each of <see cref="Profiles"/>).</summary>
    public CorpusProfile Profile { get; set; } = CorpusProfile.LongPages;

    /// <summary><c>--skip-stories-cost</c>: no third import without stories (it only measures the stories' cost).</summary>
    public bool SkipStoriesCost { get; set; }

    /// <summary>
    /// <c>--without-stories</c>: the app side imports with <c>Stories:FindAtImport=false</c> (and there is no third
    /// import): the importer's own cost, for runs where finding stories would take longer than there is time for.
    /// </summary>
    public bool WithoutStories { get; set; }

    /// <summary><c>--generate-only</c>: make (or check) the generated corpora and stop, so a later run measures only.</summary>
    public bool GenerateOnly { get; set; }

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

    /// <summary>The corpus of the current pass: the <c>--corpus</c> folder, or the profile's generated one in the work folder.</summary>
    public string CorpusFolder => Corpus ?? Path.Combine(Work, Profile == CorpusProfile.LongPages ? $"corpus-{Count}-{Seed}" : $"corpus-short-{Count}-{Seed}");

    /// <summary>What the current pass imports, for headings and file names: <c>short</c>, <c>long</c> or <c>corpus</c>.</summary>
    public string PassName => Corpus is not null ? "corpus" : CorpusProfiles.Name(Profile);

    /// <summary>The current pass's database in the work folder (<c>app-long.db</c>, <c>raw-short.db</c>, …).</summary>
    public string Database(string kind) => Path.Combine(Work, $"{kind}-{PassName}.db");

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
                case "--profile": options.Profiles = ParseProfiles(Next()); break;
                case "--skip-stories-cost": options.SkipStoriesCost = true; break;
                case "--generate-only": options.GenerateOnly = true; break;
                case "--without-stories": options.WithoutStories = true; break;
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

    private static CorpusProfile[] ParseProfiles(string value) => value switch
    {
        "short" => [CorpusProfile.ShortItems],
        "long" => [CorpusProfile.LongPages],
        "both" => [CorpusProfile.ShortItems, CorpusProfile.LongPages],
        _ => throw new ArgumentException($"--profile is short, long or both, not '{value}'."),
    };

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
