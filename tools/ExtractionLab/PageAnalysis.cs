using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Decoding;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>A dev page decoded and normalised as the parser does, ready to be run through its stages.</summary>
internal sealed record PageAnalysis(DevPage Page, string Text)
{
    public static PageAnalysis? Of(DevPage page)
    {
        var decoded = TextDecoder.Decode(page.Bytes, ParserTuning.Default);
        if (decoded.Text is null)
        {
            return null;
        }
        var text = TextNormaliser.Normalise(decoded.Text);
        return text.Length == 0 ? null : new PageAnalysis(page, text);
    }

    /// <summary>A new document of the page filled by the first <paramref name="stages"/> stages of <paramref name="pipeline"/>; null when a stage rejected it or it has no body.</summary>
    public ParseDocument? Through(ParserPipeline pipeline, int stages)
    {
        var document = new ParseDocument(Text);
        foreach (var stage in pipeline.Stages.Take(stages))
        {
            stage.Run(document);
            if (document.Rejection is not null)
            {
                return null;
            }
        }
        return document.Paragraphs.Count == 0 ? null : document;
    }

    /// <summary>score.py's title normalisation: NFKC, case-fold, quotes and dashes unified, spaces collapsed, outer punctuation off.</summary>
    public static string NormTitle(string s)
    {
        var t = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var b = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            b.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201a' or '\u201b' or '\u2032' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u201f' or '\u2033' or '\u00ab' or '\u00bb' => '"',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }
        var collapsed = string.Join(' ', b.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Trim(" \t\"'.,:;!?-|–—…".ToCharArray());
    }
}
