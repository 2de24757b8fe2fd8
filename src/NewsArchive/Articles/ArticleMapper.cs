using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsArchive.Articles;
using NewsArchive.Parsing;

namespace NewsArchive.Articles;

/// <summary>Copies what the parser found onto an <see cref="Article"/>.</summary>
internal static class ArticleMapper
{
    private const int MaxSlugLength = 80;

    public static void Apply(Article article, ParsedArticle parsed, string contentHash, DateTime now)
    {
        article.Title = parsed.Title;
        article.TitleDerived = parsed.TitleDerived;
        article.PublishedOn = parsed.PublishedOn;
        article.DateSource = parsed.DateSource;
        article.Source = parsed.Source;
        // Body joins the paragraphs on each call: once is enough.
        article.Body = parsed.Body;
        article.WordCount = CountWords(article.Body);
        article.RawText = parsed.Text;
        article.LineRoles = LineRoles.Encode(parsed.Lines);
        article.Warnings = parsed.Warnings.Count == 0 ? null : string.Join('\n', parsed.Warnings);
        article.ContentHash = contentHash;
        article.ParserVersion = ArticleTextParser.Version;
        article.IsMissing = false;
        article.UpdatedAt = now;
        article.Slug = Slug(parsed.Title, article.SourceFile);
    }

    /// <summary>A readable slug from the title, made unique by a short hash of the file path.</summary>
    public static string Slug(string title, string sourceFile)
    {
        var builder = new StringBuilder(MaxSlugLength + 9);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (builder.Length >= MaxSlugLength)
            {
                break;
            }
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var stem = builder.ToString().Trim('-');
        var suffix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceFile)))[..8];
        return stem.Length == 0 ? suffix : $"{stem}-{suffix}";
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
