using System.Globalization;
using System.Text;

namespace NewsArchive.Parsing;

/// <summary>
/// The learned weights of the parser, read from the embedded resource <c>ExtractionModel.txt</c> that
/// tools/train-extraction.sh writes (one "name weight" a line, a format version first). Retraining on the same
/// data writes the same file byte for byte.
/// </summary>
public sealed class ExtractionModel
{
    /// <summary>The format of the file; a file of another version is refused.</summary>
    public const int FormatVersion = 1;

    private const string ResourceName = "NewsArchive.Parsing.ExtractionModel.txt";
    private static readonly Lazy<ExtractionModel> s_embedded = new(LoadEmbedded);

    public ExtractionModel(double[] title, double[] date)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(date);
        if (title.Length != TitleFeatures.Count || date.Length != DateFeatures.Count)
        {
            throw new ArgumentException($"The model needs {TitleFeatures.Count} title and {DateFeatures.Count} date weights, not {title.Length} and {date.Length}.");
        }
        Title = title;
        Date = date;
    }

    /// <summary>The model the parser ships with.</summary>
    public static ExtractionModel Embedded => s_embedded.Value;

    /// <summary>Weights of the headline ranker, in <see cref="TitleFeatures.Names"/> order.</summary>
    public IReadOnlyList<double> Title { get; }

    /// <summary>Weights of the date ranker, in <see cref="DateFeatures.Names"/> order.</summary>
    public IReadOnlyList<double> Date { get; }

    public static ExtractionModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = new double[TitleFeatures.Count];
        var date = new double[DateFeatures.Count];
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
            var (weights, names, prefix) = parts[0].StartsWith("date.", StringComparison.Ordinal) ? (date, DateFeatures.Names, 5) : (title, TitleFeatures.Names, 6);
            var at = parts[0].StartsWith("title.", StringComparison.Ordinal) || prefix == 5 ? Array.IndexOf(names, parts[0][prefix..]) : -1;
            if (at < 0)
            {
                throw new FormatException($"Unknown model weight: {parts[0]}");
            }
            weights[at] = value;
        }
        if (version != FormatVersion)
        {
            throw new FormatException($"The model is format version {version}; this parser reads version {FormatVersion}.");
        }
        return new ExtractionModel(title, date);
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
        for (var i = 0; i < Title.Count; i++)
        {
            text.Append("title.").Append(TitleFeatures.Names[i]).Append(' ').Append(Title[i].ToString("0.######", CultureInfo.InvariantCulture)).Append('\n');
        }
        for (var i = 0; i < Date.Count; i++)
        {
            text.Append("date.").Append(DateFeatures.Names[i]).Append(' ').Append(Date[i].ToString("0.######", CultureInfo.InvariantCulture)).Append('\n');
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
