using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Dates;

/// <summary>One date written on the page (or, with <see cref="Index"/> -1, the option "undated").</summary>
internal sealed record DateOption(int Index, DateOnly? Date, double[] Features);

/// <summary>
/// The features of the dates a page writes, for the learned <see cref="DateRanker"/>: where the line is (above,
/// between or below the headline and the body, how far), what it says around the date ("Published", "Updated", a
/// byline, a time of day, a caption's parenthesis), and how the date compares with the page's other dates. The
/// "undated" option has features of its own (how many dates the page writes, whether any has a cue), so the model
/// learns when a wrong date is likelier than none; a date without a cue knows whether another date of the page has one.
/// Never a candidate: an entry of a list of other stories, a
/// copyright line, an event in a sentence of the body, a date below the body that no cue introduces.
/// </summary>
internal sealed partial class DateFeatures(ParserTuning tuning)
{
    public static readonly string[] Names =
    [
        "bias", "undated", "undated_no_cue", "undated_count", "above_title", "title_to_body", "in_body", "below_body",
        "near_title", "near_body", "distance_title", "first_on_page", "first_after_title", "published_cue", "updated_cue",
        "byline", "words_1_3", "words_4_10", "words_11_20", "words_over_20", "bare", "listed", "caption", "role_body",
        "kind_break", "kind_furniture", "same_date_elsewhere", "latest", "earliest", "copyright", "time_of_day",
        "header_line", "year_only_old", "dates_on_line", "undated_has_title", "cue_elsewhere",
    ];

    public static int Count => Names.Length;

    /// <summary>The dates of the page in line order, the undated option last.</summary>
    public List<DateOption> Candidates(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = Written(document);
        var (start, end) = (document.BodyStart, LastBodyLine(document.Roles));
        var top = document.Title.Index >= 0 ? document.Title.Index : start;
        var latest = found.Count == 0 ? default : found.Max(f => f.Date);
        var earliest = found.Count == 0 ? default : found.Min(f => f.Date);
        var candidates = new List<DateOption>(found.Count + 1);
        var anyCue = false;
        var firstAfterTitle = true;
        for (var k = 0; k < found.Count; k++)
        {
            var (i, date) = found[k];
            var line = document.Lines[i];
            var x = new double[Count];
            x[13] = PublishedCue().IsMatch(line) ? 1 : 0;
            x[14] = UpdatedCue().IsMatch(line) ? 1 : 0;
            x[15] = FurniturePatterns.IsByline(line) ? 1 : 0;
            var cue = x[13] > 0 || x[14] > 0 || x[15] > 0;
            if (Excluded(document, i, end, cue))
            {
                continue;
            }
            Place(x, document, i, top, start, end);
            x[11] = k == 0 ? 1 : 0;
            if (top >= 0 && i >= top && firstAfterTitle)
            {
                x[12] = 1;
                firstAfterTitle = false;
            }
            x[26] = Math.Min(found.Count(o => o.Date == date && o.Index != i), 3) / 3.0;
            x[27] = date == latest && found.Count > 1 ? 1 : 0;
            x[28] = date == earliest && found.Count > 1 ? 1 : 0;
            x[32] = latest.Year - date.Year >= 2 ? 1 : 0;
            x[33] = Math.Min(TimeOfDay().Count(line) + (x[14] > 0 ? 1 : 0), 3) / 3.0;
            anyCue |= x[13] > 0 || x[15] > 0;
            candidates.Add(new DateOption(i, date, x));
        }
        // A date without a cue on a page where another date has one ("Published", "Datum", a byline): a caption's or an
        // event's date, likelier than not, when the page says which date is its own.
        for (var k = 0; k < candidates.Count && anyCue; k++)
        {
            var x = candidates[k].Features;
            x[35] = x[13] > 0 || x[14] > 0 || x[15] > 0 ? 0 : 1;
        }
        var undated = new double[Count];
        undated[1] = 1;
        undated[2] = anyCue ? 0 : 1;
        undated[3] = Math.Log(1 + found.Count) / 3;
        undated[34] = document.Title.Index >= 0 ? 1 : 0;
        candidates.Add(new DateOption(-1, null, undated));
        return candidates;
    }

    private List<(int Index, DateOnly Date)> Written(ParseDocument document)
    {
        var found = new List<(int Index, DateOnly Date)>();
        var (lines, features) = (document.Lines, document.Features);
        for (var i = 0; i < lines.Count && found.Count < tuning.Dates.RankedMaxCandidates; i++)
        {
            if (lines[i].Length > 0 && lines[i].Length <= tuning.Dates.RankedMaxChars && features[i].Words <= tuning.Dates.RankedMaxWords
                && TextDates.Find(lines[i], tuning) is { } date)
            {
                found.Add((i, date));
            }
        }
        return found;
    }

    // An entry of a list of other stories, a copyright line, an event in a sentence of the body, or a date below the
    // body that no "Published"/"Updated"/byline introduces (related stories, comments).
    private bool Excluded(ParseDocument document, int i, int end, bool cue)
    {
        var line = document.Lines[i];
        var copyright = line.Contains('©', StringComparison.Ordinal) || line.Contains("opyright", StringComparison.OrdinalIgnoreCase);
        return copyright || HeadlineList.IsListedDate(document.Lines, document.Features, i, tuning)
            || (!cue && ((document.Roles[i] == LineRole.Body && document.Features[i].Words > tuning.Dates.BodySentenceMinWords) || (end >= 0 && i > end)));
    }

    private static void Place(double[] x, ParseDocument document, int i, int top, int start, int end)
    {
        var (line, f) = (document.Lines[i], document.Features[i]);
        x[0] = 1;
        x[4] = top >= 0 && i < top ? 1 : 0;
        x[5] = top >= 0 && i >= top && i < start ? 1 : 0;
        x[6] = i >= start && i <= end ? 1 : 0;
        x[7] = i > end ? 1 : 0;
        var fromTitle = top < 0 ? 99 : NonEmptyBetween(document.Lines, top, i);
        x[8] = fromTitle <= 3 ? 1 : 0;
        x[9] = start >= 0 && NonEmptyBetween(document.Lines, start, i) <= 3 ? 1 : 0;
        x[10] = Math.Min(fromTitle, 50) / 10.0;
        x[16] = f.Words <= 3 ? 1 : 0;
        x[17] = f.Words is >= 4 and <= 10 ? 1 : 0;
        x[18] = f.Words is >= 11 and <= 20 ? 1 : 0;
        x[19] = f.Words > 20 ? 1 : 0;
        x[20] = f.Letters <= 12 ? 1 : 0;
        x[22] = line.Contains('(', StringComparison.Ordinal) && line.EndsWith(')') ? 1 : 0;
        x[23] = document.Roles[i] == LineRole.Body ? 1 : 0;
        x[24] = document.Kinds[i] == LineKind.SectionBreak ? 1 : 0;
        x[25] = document.Kinds[i] == LineKind.Furniture ? 1 : 0;
        x[30] = TimeOfDay().IsMatch(line) ? 1 : 0;
        x[31] = i == 0 && document.Header.Present ? 1 : 0;
    }

    private static int LastBodyLine(IReadOnlyList<LineRole> roles)
    {
        for (var i = roles.Count - 1; i >= 0; i--)
        {
            if (roles[i] == LineRole.Body)
            {
                return i;
            }
        }
        return -1;
    }

    private static int NonEmptyBetween(IReadOnlyList<string> lines, int a, int b)
    {
        var (from, to) = a <= b ? (a, b) : (b, a);
        var count = 0;
        for (var i = from + 1; i < to; i++)
        {
            count += lines[i].Length > 0 ? 1 : 0;
        }
        return count;
    }

    [GeneratedRegex(@"\b(?:published|posted|on\s+air|publi[ée]|publicado|pubblicato|veröffentlicht|erschienen|erstellt|datum|stand|publisert|publicerad|publiceret|gepubliceerd|opublikowano|zveřejněno|yayınlanma|yay[ıi]n|опубликовано|diterbitkan)(?!\p{L})|기사입력|입력|公開|掲載|发布|發布", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedCue();

    [GeneratedRegex(@"\b(?:updated|update|aktualisiert|mis\s+à\s+jour|modifi[ée]|modifica|actualizado|atualizado|aggiornato|oppdatert|uppdaterad|opdateret|bijgewerkt|zaktualizowano|aktualizováno|güncelleme|güncellenme|обновлено)(?!\p{L})|수정|更新", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedCue();

    [GeneratedRegex(@"(?<![0-9])[0-9]{1,2}[:.h][0-9]{2}(?![0-9])(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h|kl))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
