namespace NewsArchive.Parsing.Document;

/// <summary>
/// The page's lines as the stages see them, filled in a fixed order (<see cref="ParseStep"/>): the lines (trimmed,
/// the header taken off the first one) and their features, then each line's kind, then its role and where the
/// body starts, then the title, the date and the source. Index i is line i of <see cref="Text"/>, so roles stay
/// aligned with it. Reading a part before its stage ran, or filling one out of order, throws: a stage cannot
/// depend on a later one.
/// </summary>
internal sealed class ParseDocument(string text, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
{
    private IReadOnlyList<string>? _lines;
    private IReadOnlyList<LineFeatures>? _features;
    private LineWords? _words;
    private Header? _header;
    private IReadOnlyList<LineKind>? _kinds;
    private IReadOnlyList<LineRole>? _roles;
    private IReadOnlyList<string>? _paragraphs;
    private int _bodyStart;
    private TitleChoice? _title;
    private DateOnly? _date;
    private DateSource _dateSource;
    private string? _dateWarning;
    private bool _lowConfidence;
    private string? _source;
    private IReadOnlyList<LineRole>? _bodyRoles;
    private int[]? _occurrences;

    /// <summary>The normalised text the lines come from (LF line ends).</summary>
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>Lines the archive has seen in many files (normalised, trimmed), treated as boilerplate.</summary>
    public IReadOnlySet<string>? KnownBoilerplate { get; } = knownBoilerplate;

    /// <summary>The import day (no later date is plausible), or null when the caller gave none.</summary>
    public DateOnly? Today { get; } = today;

    /// <summary>The last part filled in.</summary>
    public ParseStep Filled { get; private set; }

    /// <summary>Why the document holds no article, when a stage found that it does not; the later stages are not run.</summary>
    public string? Rejection { get; private set; }

    /// <summary>Each line's text, trimmed; the first without the header.</summary>
    public IReadOnlyList<string> Lines => Get(ParseStep.Lines, _lines);

    public IReadOnlyList<LineFeatures> Features => Get(ParseStep.Lines, _features);

    public Header Header => Get(ParseStep.Lines, _header);

    /// <summary>How many lines of the page have line <paramref name="i"/>'s text, itself included (<see cref="LineOccurrences"/>).</summary>
    public int Occurrences(int i) => (_occurrences ??= LineOccurrences.Of(Lines))[i];

    /// <summary>The content words stage 2 kept of each line, or null when it kept none.</summary>
    public LineWords? Words => Require(ParseStep.Lines)._words;

    public IReadOnlyList<LineKind> Kinds => Get(ParseStep.Kinds, _kinds);

    /// <summary>The classifier's roles: body, boilerplate or blank (the title and header are marked by <see cref="FinalRoles"/>).</summary>
    public IReadOnlyList<LineRole> Roles => Get(ParseStep.Roles, _roles);

    /// <summary>The first body line, or -1 when there is none.</summary>
    public int BodyStart => Require(ParseStep.Roles)._bodyStart;

    /// <summary>True when no article region was found and the body is every line that is not clearly furniture.</summary>
    public bool LowConfidence => Require(ParseStep.Roles)._lowConfidence;

    /// <summary>The body lines as classified.</summary>
    public IReadOnlyList<string> Paragraphs => _paragraphs ??= BodyOf(Roles);

    public TitleChoice Title => Get(ParseStep.Title, _title);

    /// <summary>The publication date, or null when the page states none.</summary>
    public DateOnly? Date => Require(ParseStep.Date)._date;

    public DateSource DateSource => Require(ParseStep.Date)._dateSource;

    /// <summary>Why the header's date was not used, when there is one and it was not.</summary>
    public string? DateWarning => Require(ParseStep.Date)._dateWarning;

    /// <summary>The outlet when the text names it, else null.</summary>
    public string? Source => Require(ParseStep.Source)._source;

    public void SetLines(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, Header header, LineWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(header);
        Advance(ParseStep.Lines);
        (_lines, _features, _header, _words) = (lines, features, header, words);
    }

    public void SetKinds(IReadOnlyList<LineKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        Advance(ParseStep.Kinds);
        _kinds = kinds;
    }

    public void SetRoles(IReadOnlyList<LineRole> roles, int bodyStart, bool lowConfidence = false)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Advance(ParseStep.Roles);
        (_roles, _bodyStart, _lowConfidence) = (roles, bodyStart, lowConfidence);
    }

    public void SetTitle(TitleChoice title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Advance(ParseStep.Title);
        _title = title;
    }

    public void SetDate(DateOnly? date, DateSource source, string? warning = null)
    {
        Advance(ParseStep.Date);
        (_date, _dateSource, _dateWarning) = (date, source, warning);
    }

    public void SetSource(string? source)
    {
        Advance(ParseStep.Source);
        _source = source;
    }

    /// <summary>The final roles (<see cref="FinalRoles"/>, with the body lines the last stage keeps).</summary>
    public IReadOnlyList<LineRole> BodyRoles => Get(ParseStep.Body, _bodyRoles);

    public void SetBody(IReadOnlyList<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Advance(ParseStep.Body);
        _bodyRoles = roles;
    }

    /// <summary>Says the document holds no article; the parser stops and reports <paramref name="reason"/>.</summary>
    public void Reject(string reason) => Rejection = reason ?? throw new ArgumentNullException(nameof(reason));

    /// <summary>The classifier's roles with the header and the headline (and its repeats) marked.</summary>
    public IReadOnlyList<LineRole> FinalRoles()
    {
        var lines = Lines;
        var title = Title;
        var roles = Roles.ToArray();
        for (var i = 0; i < roles.Length; i++)
        {
            if (title.Line is not null && lines[i] == title.Line)
            {
                roles[i] = LineRole.Title;
            }
        }
        if (Header.Present && lines[0].Length == 0)
        {
            roles[0] = LineRole.Header;
        }
        return roles;
    }

    /// <summary>The lines whose role is <see cref="LineRole.Body"/>.</summary>
    public IReadOnlyList<string> BodyOf(IReadOnlyList<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Lines.Where((_, i) => roles[i] == LineRole.Body).ToList();
    }

    private void Advance(ParseStep step)
    {
        if (Filled != step - 1)
        {
            throw new InvalidOperationException($"The document's {step} part is filled after its {step - 1} part; the last part filled is {Filled}.");
        }
        Filled = step;
    }

    private T Get<T>(ParseStep step, T? value) where T : class
    {
        Require(step);
        return value!;
    }

    private ParseDocument Require(ParseStep step) =>
        Filled >= step ? this : throw new InvalidOperationException($"The document's {step} part is read before a stage filled it; the last part filled is {Filled}.");
}
