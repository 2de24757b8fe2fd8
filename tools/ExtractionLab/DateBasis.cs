using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// The headline features the date ranker's training sees (its *basis*), recorded in the model file as the part
/// <c>date_basis</c> (<c>date_basis.&lt;feature&gt; 1</c> a line; the parser does not read it). The date ranker is fitted on
/// the headlines a ranker with every other headline feature held at zero chooses. So a headline feature added after
/// the basis was set changes no weight of the date ranker, and a date held out moves only where the chosen headline
/// moves, not through the refit's noise on pages at the acceptance threshold; the trainer copies the basis into the
/// file it writes, so a retrain gives the same file byte for byte. `train --rebase-dates` sets the basis to every
/// current headline feature (the date ranker then learns from the headlines the shipped ranker chooses).
/// A changed feature (same name, other values) is not held: the basis is by name.
/// </summary>
internal static class DateBasis
{
    public const string Part = "date_basis";

    /// <summary>The shipped model's basis; a model without the part: every current headline feature.</summary>
    public static IReadOnlyList<string> Shipped()
    {
        var names = ExtractionModel.Embedded.Entries(Part).Select(e => e.Name).ToList();
        return names.Count == 0 ? TitleFeatures.Names : names;
    }

    /// <summary>The indexes of the headline features outside the basis.</summary>
    public static int[] HeldAtZero(IReadOnlyList<string> basis) =>
        Enumerable.Range(0, TitleFeatures.Count).Where(j => !basis.Contains(TitleFeatures.Names[j], StringComparer.Ordinal)).ToArray();

    /// <summary>The basis as the model file records it: its features that the headline ranker still has, in the ranker's order.</summary>
    public static IReadOnlyList<string> Written(IReadOnlyList<string> basis) =>
        TitleFeatures.Names.Where(n => basis.Contains(n, StringComparer.Ordinal)).ToList();
}
