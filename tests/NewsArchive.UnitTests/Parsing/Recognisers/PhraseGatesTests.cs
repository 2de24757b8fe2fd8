using System.Text.RegularExpressions;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Recognisers;
using NewsArchive.Parsing.Sources;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

/// <summary>
/// A pattern runs only when its cheap gate lets the line through, so a gate that misses a word of its pattern
/// silently disables that alternative. Each pattern's every alternative (all the shortest strings it matches,
/// also with ASCII letters in upper case when it ignores case) must pass its gate.
/// </summary>
public class PhraseGatesTests
{
    public static TheoryData<string> Gated => [.. s_gated.Keys];

    private static readonly Dictionary<string, (Regex Pattern, Func<string, bool> Gate)> s_gated = new()
    {
        ["section heading / lead word"] = (FurniturePatterns.SectionHeading(), PhraseGates.MayLead),
        ["end of article heading / lead word"] = (FurniturePatterns.EndSection(), PhraseGates.MayLead),
        ["link prefix / lead word"] = (FurniturePatterns.LinkPrefix(), PhraseGates.MayLead),
        ["link heading / lead word"] = (FurniturePatterns.LinkHeading(), PhraseGates.MayLead),
        ["byline / lead word"] = (FurniturePatterns.Byline(), PhraseGates.MayLead),
        ["source credit / lead word"] = (FurniturePatterns.SourceCredit(), PhraseGates.MayLead),
        ["strong phrase"] = (FurniturePatterns.StrongPhrase(), l => PhraseGates.MayBeStrong(l)),
        ["weak phrase"] = (FurniturePatterns.WeakPhrase(), l => PhraseGates.MayBeWeak(l)),
        ["caption word"] = (FurniturePatterns.CaptionWord(), l => PhraseGates.MayBeCaption(l)),
        ["caption credit"] = (FurniturePatterns.CaptionCredit(), l => PhraseGates.MayBeCaption(l)),
        ["publication"] = (FurniturePatterns.Publication(), l => PhraseGates.MayBePublication(l)),
        ["menu separator"] = (FurniturePatterns.MenuSeparator(), l => l.AsSpan().ContainsAny(PhraseGates.MenuSeparators)),
        ["copyright year"] = (YearlessDateFinder.Copyright(), l => PhraseGates.MayBeCopyright(l)),
        ["copyright owner"] = (SourceFinder.Copyright(), l => PhraseGates.MayBeCopyright(l)),
    };

    [Theory]
    [MemberData(nameof(Gated))]
    public void Every_alternative_of_a_gated_pattern_passes_its_gate(string name)
    {
        var (pattern, gate) = s_gated[name];
        var examples = RegexExamples.Of(pattern.ToString());
        var ignoresCase = pattern.Options.HasFlag(RegexOptions.IgnoreCase);
        var cases = examples.Concat(ignoresCase ? examples.Select(AsciiUpper) : []).Distinct(StringComparer.Ordinal).ToList();

        // The examples are real matches (else the generator, not the gate, is wrong)...
        Assert.All(cases, e => Assert.True(pattern.IsMatch(e), $"{name}: the example \"{e}\" does not match its own pattern"));
        // ...and none is stopped by the gate.
        Assert.All(cases, e => Assert.True(gate(e), $"{name}: \"{e}\" matches the pattern but its gate stops it"));
    }

    [Fact]
    public void A_word_missing_from_a_gate_is_caught()
    {
        // The check above can fail: a pattern with an alternative the gate does not know.
        var examples = RegexExamples.Of(@"^(?:see\s+also|overheard)\s*:?$");

        Assert.Contains(examples, e => !PhraseGates.MayLead(e));
        Assert.Contains("see also:", examples);
        Assert.Contains("overheard", examples);
    }

    private static string AsciiUpper(string s) => string.Concat(s.Select(c => c is >= 'a' and <= 'z' ? char.ToUpperInvariant(c) : c));
}
