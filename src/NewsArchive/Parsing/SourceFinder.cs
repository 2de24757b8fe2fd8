using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Stage 7: the outlet, when the text names it: "X's website …", a dateline-style "X - Text of the story",
/// or a copyright line "© 2019 X.". Otherwise none.
/// </summary>
public static partial class SourceFinder
{
    private const int MinStoryWords = 8;

    public static string? Find(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Cheap gates first: the patterns need "site"/"homepage", a spaced dash, or a copyright sign.
        return FirstMatch(lines.Where(l => l.Contains("site", StringComparison.OrdinalIgnoreCase) || l.Contains("homepage", StringComparison.OrdinalIgnoreCase)), OwnWebsite())
            ?? FirstMatch(lines.Where(l => l.Contains(" - ", StringComparison.Ordinal) || l.Contains(" – ", StringComparison.Ordinal) || l.Contains(" — ", StringComparison.Ordinal)), OutletDash())
            ?? FirstMatch(lines.Where(l => PhraseGates.MayBeCopyright(l)), Copyright());
    }

    private static string? FirstMatch(IEnumerable<string> lines, Regex pattern)
    {
        foreach (var line in lines)
        {
            if (line.Length < 6 || line.Length > 2000)
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

    private static bool IsPlausible(Match match, string line)
    {
        var name = match.Groups["name"].Value.Trim();
        if (name.Length < 2 || MonthNames.Number(name) > 0)
        {
            return false;
        }
        if (match.Groups["story"].Success)
        {
            // "WASHINGTON - …" is a dateline, not an outlet; a byline "Jane Doe - Nov 19" has no story after it.
            var isCity = !name.Contains(' ', StringComparison.Ordinal) && name.All(c => !char.IsLower(c));
            var storyWords = line.AsSpan(match.Groups["story"].Index).Count(' ') + 1;
            return !isCity && storyWords >= MinStoryWords;
        }
        return true;
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})[’']s (?:web ?site|site|homepage)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWebsite();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}&.]*(?: \p{Lu}[\p{L}\p{N}&.]*){0,3}) [-–—] (?<story>\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OutletDash();

    [GeneratedRegex(@"(?:^|\s)(?:[Cc]opyright\s*)?(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>\p{Lu}[\p{L}\p{N}&' .-]{1,40}?)\s*(?:[.,|(]|$|\s+[Aa]ll\s+[Rr]ights)", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
