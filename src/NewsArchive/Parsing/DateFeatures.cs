using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>One date written on the page (or, with <see cref="Index"/> -1, the option "undated").</summary>
public sealed record DateCandidate(int Index, DateOnly? Date, double[] Features);

/// <summary>
/// The features of the dates a page writes, for the learned <see cref="DateRanker"/>: where the line is
/// (above, between or below the headline and the body, how far), what it says around the date ("Published",
/// "Updated", a byline, a time of day, a copyright sign, a caption's parenthesis), whether it is an entry of
/// a list of other stories, and how the date compares with the page's other dates. The "undated" option has
/// features of its own (how many dates the page writes, whether any has a cue), so the model learns when a
/// wrong date is likelier than none.
/// </summary>
public static partial class DateFeatures
{
    private const int MaxWords = 40;
    private const int MaxCandidates = 60;

    public static readonly string[] Names =
    [
        "bias", "undated", "undated_no_cue", "undated_count", "above_title", "title_to_body", "in_body", "below_body",
        "near_title", "near_body", "distance_title", "first_on_page", "first_after_title", "published_cue", "updated_cue",
        "byline", "words_1_3", "words_4_10", "words_11_20", "words_over_20", "bare", "listed", "caption", "role_body",
        "kind_break", "kind_furniture", "same_date_elsewhere", "latest", "earliest", "copyright", "time_of_day",
        "header_line", "year_only_old", "dates_on_line", "undated_has_title",
    ];

    public static int Count => Names.Length;

    /// <summary>The dates of the page in line order, the undated option last.</summary>
    public static List<DateCandidate> Candidates(ArticleLines lines, Classification classification, int titleIndex)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(classification);
        var contents = lines.Contents;
        var found = new List<(int Index, DateOnly Date)>();
        for (var i = 0; i < contents.Count && found.Count < MaxCandidates; i++)
        {
            if (contents[i].Length > 0 && lines.Features[i].Words <= MaxWords && TextDateFinder.Find(contents[i]) is { } date)
            {
                found.Add((i, date));
            }
        }
        var start = classification.BodyStart;
        var end = LastBodyLine(classification);
        var top = titleIndex >= 0 ? titleIndex : start;
        var latest = found.Count == 0 ? default : found.Max(f => f.Date);
        var earliest = found.Count == 0 ? default : found.Min(f => f.Date);
        var candidates = new List<DateCandidate>(found.Count + 1);
        var anyCue = false;
        var firstAfterTitle = true;
        for (var k = 0; k < found.Count; k++)
        {
            var (i, date) = found[k];
            var line = contents[i];
            var f = lines.Features[i];
            var x = new double[Count];
            x[13] = PublishedCue().IsMatch(line) ? 1 : 0;
            x[14] = UpdatedCue().IsMatch(line) ? 1 : 0;
            x[15] = FurniturePatterns.IsByline(line) ? 1 : 0;
            x[21] = HeadlineList.IsListedDate(contents, lines.Features, i) ? 1 : 0;
            x[29] = line.Contains('©', StringComparison.Ordinal) || line.Contains("opyright", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            var cue = x[13] > 0 || x[14] > 0 || x[15] > 0;
            // Never a date: an entry of a list of other stories, a copyright line, an event in a sentence of the
            // body, or a date below the body that no "Published"/"Updated"/byline introduces (related stories, comments).
            if (x[21] > 0 || x[29] > 0 || (!cue && ((classification.Roles[i] == LineRole.Body && f.Words > 12) || (end >= 0 && i > end))))
            {
                continue;
            }
            x[0] = 1;
            x[4] = top >= 0 && i < top ? 1 : 0;
            x[5] = top >= 0 && i >= top && i < start ? 1 : 0;
            x[6] = i >= start && i <= end ? 1 : 0;
            x[7] = i > end ? 1 : 0;
            var fromTitle = top < 0 ? 99 : NonEmptyBetween(contents, top, i);
            x[8] = fromTitle <= 3 ? 1 : 0;
            x[9] = start >= 0 && NonEmptyBetween(contents, start, i) <= 3 ? 1 : 0;
            x[10] = Math.Min(fromTitle, 50) / 10.0;
            x[11] = k == 0 ? 1 : 0;
            if (top >= 0 && i >= top && firstAfterTitle)
            {
                x[12] = 1;
                firstAfterTitle = false;
            }
            x[16] = f.Words <= 3 ? 1 : 0;
            x[17] = f.Words is >= 4 and <= 10 ? 1 : 0;
            x[18] = f.Words is >= 11 and <= 20 ? 1 : 0;
            x[19] = f.Words > 20 ? 1 : 0;
            x[20] = f.Letters <= 12 ? 1 : 0;
            x[22] = line.Contains('(', StringComparison.Ordinal) && line.TrimEnd().EndsWith(')') ? 1 : 0;
            x[23] = classification.Roles[i] == LineRole.Body ? 1 : 0;
            x[24] = classification.Kinds[i] == LineKind.SectionBreak ? 1 : 0;
            x[25] = classification.Kinds[i] == LineKind.Furniture ? 1 : 0;
            x[26] = Math.Min(found.Count(o => o.Date == date && o.Index != i), 3) / 3.0;
            x[27] = date == latest && found.Count > 1 ? 1 : 0;
            x[28] = date == earliest && found.Count > 1 ? 1 : 0;
            x[30] = TimeOfDay().IsMatch(line) ? 1 : 0;
            x[31] = i == 0 && lines.Header.Present ? 1 : 0;
            x[32] = latest.Year - date.Year >= 2 ? 1 : 0;
            x[33] = Math.Min(TimeOfDay().Count(line) + (x[14] > 0 ? 1 : 0), 3) / 3.0;
            anyCue |= x[13] > 0 || x[15] > 0;
            candidates.Add(new DateCandidate(i, date, x));
        }
        var undated = new double[Count];
        undated[1] = 1;
        undated[2] = anyCue ? 0 : 1;
        undated[3] = Math.Log(1 + found.Count) / 3;
        undated[34] = titleIndex >= 0 ? 1 : 0;
        candidates.Add(new DateCandidate(-1, null, undated));
        return candidates;
    }

    private static int LastBodyLine(Classification classification)
    {
        for (var i = classification.Roles.Length - 1; i >= 0; i--)
        {
            if (classification.Roles[i] == LineRole.Body)
            {
                return i;
            }
        }
        return -1;
    }

    private static int NonEmptyBetween(IReadOnlyList<string> contents, int a, int b)
    {
        var (from, to) = a <= b ? (a, b) : (b, a);
        var count = 0;
        for (var i = from + 1; i < to; i++)
        {
            count += contents[i].Length > 0 ? 1 : 0;
        }
        return count;
    }

    [GeneratedRegex(@"\b(?:published|posted|on\s+air|publi[ée]|publicado|pubblicato|veröffentlicht|erschienen|erstellt|datum|stand|publisert|publicerad|publiceret|gepubliceerd|opublikowano|zveřejněno|yayınlanma|yay[ıi]n|опубликовано|diterbitkan)\b|기사입력|입력|公開|掲載|发布|發布", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedCue();

    [GeneratedRegex(@"\b(?:updated|update|aktualisiert|mis\s+à\s+jour|modifi[ée]|modifica|actualizado|atualizado|aggiornato|oppdatert|uppdaterad|opdateret|bijgewerkt|zaktualizowano|aktualizováno|güncelleme|güncellenme|обновлено)\b|수정|更新", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedCue();

    [GeneratedRegex(@"(?<![0-9])[0-9]{1,2}[:.h][0-9]{2}(?![0-9])(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h|kl))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
