using System.Globalization;
using System.Text;

namespace NewsArchive.Parsing.Document;

/// <summary>
/// The learned weights of the parser, read from the embedded resource <c>ExtractionModel.txt</c> that
/// tools/train-extraction.sh writes: a format version, then one <c>part.feature weight</c> a line. The model knows
/// its parts only by name (the stages that read a part say which features they need, <see cref="Weights"/>), so
/// this bottom layer depends on no stage. Retraining on the same data writes the same file byte for byte.
/// </summary>
internal sealed class ExtractionModel
{
    /// <summary>The format of the file; a file of another version is refused.</summary>
    public const int FormatVersion = 1;

    private const string ResourceName = "NewsArchive.Parsing.ExtractionModel.txt";
    private static readonly Lazy<ExtractionModel> s_embedded = new(LoadEmbedded);

    // Part name -> (feature name, weight) in file order.
    private readonly Dictionary<string, List<(string Name, double Weight)>> _parts;

    /// <param name="parts">Each part's weights in feature order (the order a stage's feature names give).</param>
    public ExtractionModel(IEnumerable<(string Part, IReadOnlyList<string> Names, IReadOnlyList<double> Weights)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _parts = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var (part, names, weights) in parts)
        {
            if (names.Count != weights.Count || part.Length == 0 || part.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The model part '{part}' has {names.Count} names and {weights.Count} weights.", nameof(parts));
            }
            _parts.Add(part, names.Zip(weights, (n, w) => (n, w)).ToList());
        }
    }

    /// <summary>The model the parser ships with.</summary>
    public static ExtractionModel Embedded => s_embedded.Value;

    /// <summary>The part's weights in the order of <paramref name="names"/>; throws unless the model has exactly those features.</summary>
    public double[] Weights(string part, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(names);
        if (!_parts.TryGetValue(part, out var weights) || !weights.Select(w => w.Name).SequenceEqual(names, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The model has no part '{part}' with the {names.Count} features the parser needs (retrain with tools/train-extraction.sh).");
        }
        return weights.Select(w => w.Weight).ToArray();
    }

    /// <summary>The part's (name, weight) entries in file order; empty when the model has no such part (an optional part, such as trees).</summary>
    public IReadOnlyList<(string Name, double Weight)> Entries(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return _parts.TryGetValue(part, out var weights) ? weights : [];
    }

    public static ExtractionModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<(string Part, List<string> Names, List<double> Weights)>();
        var version = -1;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split(' ');
            var dot = fields[0].IndexOf('.', StringComparison.Ordinal);
            if (fields.Length != 2)
            {
                throw new FormatException($"Bad model line: {line}");
            }
            if (fields[0] == "version")
            {
                version = int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
                continue;
            }
            if (dot <= 0 || dot == fields[0].Length - 1)
            {
                throw new FormatException($"A model weight is named part.feature: {line}");
            }
            var part = fields[0][..dot];
            if (parts.Count == 0 || parts[^1].Part != part)
            {
                if (parts.Exists(p => p.Part == part))
                {
                    throw new FormatException($"The model's part '{part}' is split: its weights must be on consecutive lines.");
                }
                parts.Add((part, [], []));
            }
            parts[^1].Names.Add(fields[0][(dot + 1)..]);
            parts[^1].Weights.Add(double.Parse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (version != FormatVersion)
        {
            throw new FormatException($"The model is format version {version}; this parser reads version {FormatVersion}.");
        }
        return new ExtractionModel(parts.Select(p => (p.Part, (IReadOnlyList<string>)p.Names, (IReadOnlyList<double>)p.Weights)));
    }

    /// <summary>The model as the text <see cref="Parse"/> reads: the same weights give the same bytes.</summary>
    public string Write(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var text = new StringBuilder();
        foreach (var line in comment.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }
        text.Append("version ").Append(FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (part, weights) in _parts)
        {
            foreach (var (name, weight) in weights)
            {
                text.Append(part).Append('.').Append(name).Append(' ').Append(Format(weight)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>A weight as the file writes it (six decimals); a trainer rounds with it so that a model in memory scores like its file.</summary>
    public static string Format(double weight) => weight.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The weights rounded as the file writes them.</summary>
    public static double[] Round(IEnumerable<double> weights) =>
        weights.Select(w => double.Parse(Format(w), NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Σ features·weights.</summary>
    public static double Score(ReadOnlySpan<double> features, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += features[i] * weights[i];
        }
        return sum;
    }

    private static ExtractionModel LoadEmbedded()
    {
        using var stream = typeof(ExtractionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The parser's model resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
