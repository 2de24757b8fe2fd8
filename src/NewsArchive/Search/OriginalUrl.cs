using System.Text.RegularExpressions;

namespace NewsArchive.Search;

/// <summary>
/// The article's own address when the file names one: a web address alone on a line, or after a label such as
/// "Permalink:", "URL:", "Source:" or "Link:", in the file's first or last lines; never a picture, a social network
/// post or a site's front page (the path must say more than <c>/</c>). Only http and https.
/// </summary>
public static partial class OriginalUrl
{
    private const int LinesLooked = 12;

    private static readonly string[] s_notArticles = ["twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "youtu.be", "t.me", "tiktok.com", "linkedin.com"];

    public static Uri? Find(string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var lines = rawText.Split('\n');
        var looked = lines.Length <= 2 * LinesLooked ? lines : lines.Take(LinesLooked).Concat(lines.TakeLast(LinesLooked));
        foreach (var line in looked)
        {
            var match = AddressLine().Match(line.Trim());
            if (match.Success && Uri.TryCreate(match.Groups["url"].Value.TrimEnd('.', ',', ';', ')'), UriKind.Absolute, out var uri) && IsArticle(uri))
            {
                return uri;
            }
        }
        return null;
    }

    private static bool IsArticle(Uri uri)
    {
        if (uri.Scheme is not ("http" or "https") || uri.AbsolutePath.Length <= 1)
        {
            return false;
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.AbsolutePath.ToLowerInvariant();
        return !s_notArticles.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase))
            && !(path.EndsWith(".jpg", StringComparison.Ordinal) || path.EndsWith(".jpeg", StringComparison.Ordinal)
                || path.EndsWith(".png", StringComparison.Ordinal) || path.EndsWith(".gif", StringComparison.Ordinal)
                || path.EndsWith(".webp", StringComparison.Ordinal) || path.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?:(?:permalink|url|source|link|original|quelle|fuente|источник)\s*:\s*)?(?<url>https?://\S+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddressLine();
}
