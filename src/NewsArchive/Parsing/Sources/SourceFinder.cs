using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Sources;

/// <summary>
/// Stage 6: the outlet, when the text names it: "X's website …", a dateline-style "X - Text of the story",
/// or a copyright line "© 2019 X.". Otherwise none.
/// </summary>
internal sealed partial class SourceFinder(ParserTuning tuning) : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetSource(Find(document.Lines));
    }

    /// <summary>The outlet named in <paramref name="lines"/>, or null.</summary>
    public string? Find(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Cheap gates first: the patterns need "site"/"homepage", a spaced dash, or a copyright sign. The first two are
        // anchored at a name of at most four words, so what they need lies in the line's head (Head).
        return FirstMatch(lines.Where(l => Head(l) is var head && (head.Contains("site", StringComparison.OrdinalIgnoreCase) || head.Contains("homepage", StringComparison.OrdinalIgnoreCase))), OwnWebsite())
            ?? FirstMatch(lines.Where(l => Head(l) is var head && (head.Contains(" - ", StringComparison.Ordinal) || head.Contains(" – ", StringComparison.Ordinal) || head.Contains(" — ", StringComparison.Ordinal))), OutletDash())
            ?? FirstMatch(lines.Where(l => PhraseGates.MayBeCopyright(l)), Copyright());
    }

    /// <summary>
    /// The line up to its sixth space (all of it when it has fewer). <see cref="OwnWebsite"/>'s name is at most four words
    /// (three spaces), then "’s " and "web site": its "site" or "homepage" starts after at most five spaces and has none;
    /// <see cref="OutletDash"/>'s " - " is the name's fourth space at the latest, the dash and a fifth. A line whose head
    /// has neither cannot match them.
    /// </summary>
    /// <remarks>The spaces are counted 64 characters at a time (<see cref="CharMasks.Spaces"/>).</remarks>
    internal static ReadOnlySpan<char> Head(string line)
    {
        var spaces = 0;
        for (var block = 0; block < line.Length; block += 64)
        {
            var mask = CharMasks.Spaces(line, block);
            var count = System.Numerics.BitOperations.PopCount(mask);
            if (spaces + count >= HeadSpaces)
            {
                // Drop the spaces before the one that makes HeadSpaces.
                for (var k = spaces + 1; k < HeadSpaces; k++)
                {
                    mask &= mask - 1;
                }
                return line.AsSpan(0, block + System.Numerics.BitOperations.TrailingZeroCount(mask));
            }
            spaces += count;
        }
        return line;
    }

    private const int HeadSpaces = 6;

    private string? FirstMatch(IEnumerable<string> lines, Regex pattern)
    {
        var t = tuning.Sources;
        foreach (var line in lines)
        {
            if (line.Length < t.MinLineChars || line.Length > t.MaxLineChars)
            {
                continue;
            }
            var match = pattern.Match(line);
            if (match.Success && IsPlausible(match, line))
            {
                return match.Groups["name"].Value.Trim();
            }
        }
        return null;
    }

    private bool IsPlausible(Match match, string line)
    {
        var name = match.Groups["name"].Value.Trim();
        if (name.Length < tuning.Sources.MinNameChars || MonthNames.Number(name) > 0)
        {
            return false;
        }
        if (match.Groups["story"].Success)
        {
            // "WASHINGTON - …" is a dateline, not an outlet; a byline "Jane Doe - Nov 19" has no story after it.
            var isCity = !name.Contains(' ', StringComparison.Ordinal) && name.All(c => !char.IsLower(c));
            var storyWords = line.AsSpan(match.Groups["story"].Index).Count(' ') + 1;
            return !isCity && storyWords >= tuning.Sources.MinStoryWords;
        }
        return true;
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})[’']s (?:web ?site|site|homepage)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OwnWebsite();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}&.]*(?: \p{Lu}[\p{L}\p{N}&.]*){0,3}) [-–—] (?<story>\p{Lu})", RegexOptions.CultureInvariant)]
    internal static partial Regex OutletDash();

    [GeneratedRegex(@"(?:^|\s)(?:[Cc]opyright\s*)?(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>\p{Lu}[\p{L}\p{N}&' .-]{1,40}?)\s*(?:[.,|(]|$|\s+[Aa]ll\s+[Rr]ights)", RegexOptions.CultureInvariant)]
    internal static partial Regex Copyright();
}
