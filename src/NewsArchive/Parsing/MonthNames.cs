using System.Collections.Frozen;

namespace NewsArchive.Parsing;

/// <summary>Month names and abbreviations (English, German, French, Spanish, Portuguese, Italian, Dutch, Indonesian, Russian, Norwegian, Danish, Swedish, Polish, Czech, Turkish).</summary>
public static class MonthNames
{
    private static readonly string[] s_months =
    [
        "january jan januar jänner jän janvier janv enero janeiro gennaio januari январь января styczeń stycznia ledna leden ocak",
        "february feb februar février fevrier févr fevr febrero fevereiro febbraio februari февраль февраля lutego luty února únor şubat subat",
        "march mar märz maerz mär mars marzo março marco maart maret март марта marca marzec března březen mart",
        "april apr avril abril aprile апрель апреля kwietnia kwiecień dubna duben nisan",
        "may mai mayo maio maggio mei май мая maj maja května květen mayıs mayis",
        "june jun juni juin junio junho giugno июнь июня czerwca czerwiec června červen haziran",
        "july jul juli juillet juil julio julho luglio июль июля lipca lipiec července červenec temmuz",
        "august aug août aout agosto augustus agustus август августа augusti sierpnia sierpień srpna srpen ağustos",
        "september sep sept septembre septiembre setiembre setembro settembre сентябрь сентября września wrzesień září eylül eylul",
        "october oct oktober okt octobre octubre outubro ottobre октябрь октября października październik října říjen ekim",
        "november nov novembre noviembre novembro ноябрь ноября listopada listopad listopadu kasım kasim",
        "december dec dezember dez décembre decembre déc diciembre dezembro dicembre desember декабрь декабря grudnia grudzień prosince prosinec aralık aralik",
    ];

    private static readonly FrozenDictionary<string, int> s_numbers = s_months
        .SelectMany((names, index) => names.Split(' ').Select(name => (name, month: index + 1)))
        .DistinctBy(pair => pair.name)
        .ToFrozenDictionary(pair => pair.name, pair => pair.month, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number (1–12) of a month name or abbreviation, or 0 when it is not one.</summary>
    public static int Number(ReadOnlySpan<char> name) => s_lookup.TryGetValue(name, out var month) ? month : 0;
}
