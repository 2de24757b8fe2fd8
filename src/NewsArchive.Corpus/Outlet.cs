namespace NewsArchive.Corpus;

/// <summary>One made-up news site: its name and the furniture its pages repeat around every article.</summary>
/// <param name="Name">The outlet's name, as it signs its copyright line.</param>
/// <param name="Header">Lines above the headline (navigation, weather, section trail).</param>
/// <param name="Share">Share-button lines after the article.</param>
/// <param name="Newsletter">A newsletter prompt, or null when the site has none.</param>
/// <param name="Footer">Lines at the very end (copyright, links).</param>
/// <param name="DateLineStyle">How the site prints the date under the headline: 0 none, 1 long, 2 US, 3 numeric.</param>
internal sealed record Outlet(
    string Name, IReadOnlyList<string> Header, IReadOnlyList<string> Share, string? Newsletter, IReadOnlyList<string> Footer, int DateLineStyle);
