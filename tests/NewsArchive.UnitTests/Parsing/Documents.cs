using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>Runs the parser's stages over a text up to a given part of the document, to test one stage on what the earlier ones made.</summary>
internal static class Documents
{
    private static readonly ParserPipeline s_pipeline = ParserPipeline.Create(ParserTuning.Default);

    /// <summary>The document of <paramref name="text"/> (taken as normalised: split on LF) filled up to <paramref name="step"/>.</summary>
    public static ParseDocument Through(ParseStep step, string text, IReadOnlySet<string>? knownBoilerplate = null)
    {
        var document = new ParseDocument(text, knownBoilerplate);
        foreach (var stage in s_pipeline.Stages.Take((int)step))
        {
            stage.Run(document);
        }
        return document;
    }

    /// <summary>The document of these lines (one a line) filled up to <paramref name="step"/>.</summary>
    public static ParseDocument OfLines(ParseStep step, params string[] lines) => Through(step, string.Join('\n', lines));
}
