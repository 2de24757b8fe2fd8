namespace NewsArchive.Parsing.Document;

/// <summary>
/// Every threshold and weight of the parser, grouped by the stage (or the recognisers) that reads it. The defaults
/// were chosen on the dev corpus; they are settable so that tools/ExtractionLab can vary them per fold and
/// measure on the held-out fold. Nothing in the parser writes a threshold inline.
/// </summary>
internal sealed record ParserTuning
{
    public static ParserTuning Default { get; } = new();

    /// <summary>Telling text from binary (stage 1).</summary>
    public DecodingTuning Decoding { get; init; } = new();

    /// <summary>Reading the lines and the header (stage 2).</summary>
    public LinesTuning Lines { get; init; } = new();

    /// <summary>The recognisers of furniture phrases and shapes, asked by several stages.</summary>
    public FurnitureTuning Furniture { get; init; } = new();

    /// <summary>The recognisers of line shapes (running text, title shape, date lines, headline lists), asked by several stages.</summary>
    public ShapeTuning Shapes { get; init; } = new();

    /// <summary>Line kinds and the article region (stage 3).</summary>
    public ClassificationTuning Classification { get; init; } = new();

    /// <summary>The headline's score and the derived title (stage 4).</summary>
    public TitleTuning Titles { get; init; } = new();

    /// <summary>Where a date in the text is looked for (stage 5).</summary>
    public DateTuning Dates { get; init; } = new();

    /// <summary>The outlet named in the text (stage 6).</summary>
    public SourceTuning Sources { get; init; } = new();
}
