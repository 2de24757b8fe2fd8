using System.Globalization;
using System.Text;

namespace NewsArchive.Parsing;

/// <summary>
/// The learned weights of the parser, read from the embedded resource <c>ExtractionModel.txt</c> that
/// tools/train-extraction.sh writes (one "part.name weight" a line, a format version first). Retraining on the
/// same data writes the same file byte for byte.
/// </summary>
public sealed class ExtractionModel
{
    /// <summary>The format of the file; a file of another version is refused.</summary>
    public const int FormatVersion = 1;

    private const string ResourceName = "NewsArchive.Parsing.ExtractionModel.txt";
    private static readonly Lazy<ExtractionModel> s_embedded = new(LoadEmbedded);

    public ExtractionModel(double[] title, double[] date, double[] line, double transition)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(line);
        if (title.Length != TitleFeatures.Count || date.Length != DateFeatures.Count || line.Length != LineFeaturesVector.Count)
        {
            throw new ArgumentException($"The model needs {TitleFeatures.Count} title, {DateFeatures.Count} date and {LineFeaturesVector.Count} line weights.");
        }
        Title = title;
        Date = date;
        Line = line;
        Transition = transition;
    }

    /// <summary>The model the parser ships with.</summary>
    public static ExtractionModel Embedded => s_embedded.Value;

    /// <summary>Weights of the headline ranker, in <see cref="TitleFeatures.Names"/> order.</summary>
    public IReadOnlyList<double> Title { get; }

    /// <summary>Weights of the date ranker, in <see cref="DateFeatures.Names"/> order.</summary>
    public IReadOnlyList<double> Date { get; }

    /// <summary>Weights of the line classifier (log-odds of body), in <see cref="LineFeaturesVector.Names"/> order; all zero: not used.</summary>
    public IReadOnlyList<double> Line { get; }

    /// <summary>What a change between body and not-body costs the line classifier's Viterbi pass.</summary>
    public double Transition { get; }

    private static readonly (string Prefix, string[] Names)[] s_parts =
        [("title.", TitleFeatures.Names), ("date.", DateFeatures.Names), ("line.", LineFeaturesVector.Names), ("viterbi.", ["change"])];

    public static ExtractionModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var weights = s_parts.Select(p => new double[p.Names.Length]).ToArray();
        var version = -1;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split(' ');
            if (parts.Length != 2)
            {
                throw new FormatException($"Bad model line: {line}");
            }
            if (parts[0] == "version")
            {
                version = int.Parse(parts[1], CultureInfo.InvariantCulture);
                continue;
            }
            var value = double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            var part = Array.FindIndex(s_parts, p => parts[0].StartsWith(p.Prefix, StringComparison.Ordinal));
            var at = part < 0 ? -1 : Array.IndexOf(s_parts[part].Names, parts[0][s_parts[part].Prefix.Length..]);
            if (at < 0)
            {
                throw new FormatException($"Unknown model weight: {parts[0]}");
            }
            weights[part][at] = value;
        }
        if (version != FormatVersion)
        {
            throw new FormatException($"The model is format version {version}; this parser reads version {FormatVersion}.");
        }
        return new ExtractionModel(weights[0], weights[1], weights[2], weights[3][0]);
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
        IReadOnlyList<double>[] values = [Title, Date, Line, [Transition]];
        for (var part = 0; part < s_parts.Length; part++)
        {
            for (var i = 0; i < values[part].Count; i++)
            {
                text.Append(s_parts[part].Prefix).Append(s_parts[part].Names[i]).Append(' ')
                    .Append(values[part][i].ToString("0.######", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return text.ToString();
    }

    private static ExtractionModel LoadEmbedded()
    {
        using var stream = typeof(ExtractionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The parser's model resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
