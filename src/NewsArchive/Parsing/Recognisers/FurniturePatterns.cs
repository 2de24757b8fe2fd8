using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Recognisers;

/// <summary>
/// Phrases and shapes of website furniture (section headings, prompts, credits, captions, menus) in the
/// languages of the archive. All patterns are anchored or made of plain alternations, so none backtracks badly.
/// Each pattern runs only behind its gate in <see cref="PhraseGates"/> (the patterns are internal so that a test
/// can check every alternative passes its gate).
/// </summary>
internal static partial class FurniturePatterns
{
    /// <summary>True when the line is furniture by its own text, whatever surrounds it.</summary>
    public static bool IsFurniture(string line, in LineFeatures features, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        var t = tuning.Furniture;
        if (IsConsentNotice(line, features.Words <= t.HeadingMaxWords))
        {
            return true;
        }
        if (features.Words > t.MaxWords || features.Chars > t.MaxChars)
        {
            return false;
        }
        var leads = PhraseGates.MayLead(line);
        if (features.Words <= t.HeadingMaxWords && (IsNumbersOnly(features, t) || (leads && (SectionHeading().IsMatch(line) || Byline().IsMatch(line)))))
        {
            return true;
        }
        if (features.Words <= t.CreditMaxWords && ((leads && SourceCredit().IsMatch(line)) || IsAddress(line) || IsMenu(line, tuning)))
        {
            return true;
        }
        var span = line.AsSpan();
        if (StartsWithPictograph(line))
        {
            return true;
        }
        return IsCaption(line, features, tuning) || (leads && LinkPrefix().IsMatch(line))
            || (PhraseGates.MayBeStrong(span) && StrongPhrase().IsMatch(line))
            || (features.Words <= t.WeakPhraseMaxWords && PhraseGates.MayBeWeak(span) && WeakPhrase().IsMatch(line));
    }

    /// <summary>A heading of what follows an article: comments, related or popular stories, the author box.</summary>
    public static bool IsSectionBreak(string line, in LineFeatures features, ParserTuning tuning) =>
        features.Words <= tuning.Furniture.SectionBreakMaxWords && PhraseGates.MayLead(line) && EndSection().IsMatch(line);

    /// <summary>A heading over links to other stories: "See also", "Read more", "Related", "Lire aussi".</summary>
    public static bool IsLinkHeading(string line, in LineFeatures features, ParserTuning tuning) =>
        features.Words <= tuning.Furniture.LinkHeadingMaxWords && PhraseGates.MayLead(line) && LinkHeading().IsMatch(line);

    /// <summary>A photo caption or credit: names a picture or its agency, or ends in a credit in brackets.</summary>
    public static bool IsCaption(string line, in LineFeatures features, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        if (features.Words > tuning.Furniture.CaptionMaxWords)
        {
            return false;
        }
        if (!features.EndsSentence && line.EndsWith(')') && TrailingBracket().IsMatch(line))
        {
            return true;
        }
        return PhraseGates.MayBeCaption(line)
            && (CaptionCredit().IsMatch(line) || (!features.EndsSentence && CaptionWord().IsMatch(line)));
    }

    /// <summary>A credit line on its own ("Photo: Jane Doe, AP"); the line before it is the caption.</summary>
    public static bool IsCreditLine(string line, in LineFeatures features, ParserTuning tuning) =>
        features.Words <= tuning.Furniture.CreditLineMaxWords && PhraseGates.MayBeCaption(line) && CaptionCredit().IsMatch(line);

    /// <summary>A short line saying when the story was published or updated, wherever the words are.</summary>
    public static bool MentionsPublication(string line, ParserTuning tuning) =>
        line.Length < tuning.Furniture.PublicationMaxChars && PhraseGates.MayBePublication(line) && Publication().IsMatch(line);

    /// <summary>A byline or a "Published …" line.</summary>
    public static bool IsByline(string line) => PhraseGates.MayLead(line) && Byline().IsMatch(line);

    /// <summary>
    /// A cookie or privacy consent notice, or a row of a cookie table, however long: it names cookies and the
    /// website, the browser, consent, opting out, personal data, privacy or third parties, in the voice of a notice
    /// (we, our, you, your, "this cookie"), not of a report about cookies; or a short line that is a consent
    /// button or link ("Accept all cookies", "Cookie settings").
    /// </summary>
    public static bool IsConsentNotice(string line, bool isShort)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains("ookie", StringComparison.OrdinalIgnoreCase) || !Cookie().IsMatch(line))
        {
            return false;
        }
        return isShort ? ConsentControl().IsMatch(line) || NoticeVoice().IsMatch(line) : ConsentContext().IsMatch(line) && NoticeVoice().IsMatch(line);
    }

    // Addresses have no spaces and a dot, which most lines fail at once.
    private static bool IsAddress(string line) => !line.Contains(' ', StringComparison.Ordinal) && line.Contains('.', StringComparison.Ordinal) && AddressOnly().IsMatch(line);

    /// <summary>A breadcrumb or menu row: several short items between separators, or a line led by one.</summary>
    public static bool IsMenu(string line, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        if (line.Length > 0 && line[0] is '|' or '»' or '«' or '›' or '•')
        {
            return true;
        }
        return line.AsSpan().ContainsAny(PhraseGates.MenuSeparators) && MenuSeparator().Count(line) >= tuning.Furniture.MenuMinSeparators;
    }

    /// <summary>An author's link under the headline: "View all posts by Jane Doe", "Jane Doe View More Articles".</summary>
    public static bool IsAuthorLink(string line, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        // Asked only of the few lines under a headline candidate, so no gate.
        return line.Length <= tuning.Furniture.AuthorLinkMaxChars && AuthorLink().IsMatch(line);
    }

    /// <summary>A breadcrumb trail ("Home » News", "Sport › Football"): a menu row, or a short line with a trail separator.</summary>
    public static bool IsBreadcrumb(string line, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        return line.Length <= tuning.Furniture.BreadcrumbMaxChars && (IsMenu(line, tuning) || line.Contains(" » ", StringComparison.Ordinal) || line.Contains(" › ", StringComparison.Ordinal));
    }

    // "📱 Torn between phones? Check out our guide": emoji-led lines are promotions, not prose.
    private static bool StartsWithPictograph(string line) =>
        line.Length >= 2 && char.IsSurrogatePair(line[0], line[1]) && char.ConvertToUtf32(line[0], line[1]) is >= 0x1F300 and <= 0x1FAFF;

    private static bool IsNumbersOnly(in LineFeatures features, FurnitureTuning t) =>
        features.Letters == 0 || (features.Words <= t.NumbersMaxWords && features.Digits > features.Letters);

    [GeneratedRegex(@"^(?:trending|popular|latest|recommended|highlights|related|(?:related|featured|recommended|popular|trending|latest|top|more|recent|similar|editor'?s)\s+(?:stories|story|posts?|articles?|news|links|videos?|content|reads|headlines|picks?|from\b.*)|most\s+(?:read|watched|viewed|popular|shared|commented|recent)|you\s+(?:may|might)\s+also\s+(?:like|enjoy)(?:\s+reading)?|(?:also|read)\s+(?:read|more|also|next)|see\s+also|don'?t\s+miss|(?:\d+\s+)?comments?|\d+\s*(?:shares?|views?|likes?|diggs?)|leave\s+a\s+(?:comment|reply)|reply|print|share|share\s+(?:this\s+)?(?:on|via|with)\s+\S+(?:\s+\S+)?|share\s+(?:this|the)(?:\s+(?:article|story|post|page))?|sharing\s+is\s+caring!?|tags?|topics?|categories|archives|advertisement|sponsored(?:\s+content)?|subscribe(?:\s+now)?|sign\s+(?:in|up)|log\s*in|search|menu|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|report\s+(?:an\s+)?error|story\s+code\b.*|(?:previous|next)\s+(?:post|article|story)|about\s+(?:me|us)|contact(?:\s+us)?|privacy\s+policy|terms\s+of\s+(?:use|service)|lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|partager|commentaires|publicité|leer\s+más|lea\s+también|compartir|comentarios|publicidad|noticias\s+relacionadas|leia\s+(?:mais|também)|veja\s+também|compartilhe|comentários|weiterlesen|mehr\s+zum\s+thema|teilen|kommentare|anzeige|werbung|baca\s+juga|bagikan|komentar|berita\s+terkait|читайте\s+также|читать\s+далее|поделиться|комментарии|реклама|関連記事|コメント|シェア|관련\s*기사|댓글|공유)\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:(?:\d+\s+)?(?:comments?|responses?|replies)|\d+\s+thoughts\s+on\b.*|(?:leave|post)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)\b.*|(?:related|recommended|featured|popular|trending|top|more|latest|similar|recent)\s+(?:stories|posts?|articles?|news|links|videos?|reads|headlines|content)|more\s+(?:in|from|on|news)\b.*|most\s+(?:read|watched|viewed|popular|shared|commented|recent)|you\s+(?:may|might)\s+also\s+(?:like|enjoy)\b.*|what\s+to\s+read\s+next|about\s+the\s+author|(?:lire|à\s+lire)\s+aussi|sur\s+le\s+même\s+sujet|noticias\s+relacionadas|te\s+puede\s+interesar|veja\s+também|leia\s+também|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|baca\s+juga|berita\s+terkait|вам\s+также\s+может\s+быть\s+интересно|читайте\s+также|похожие\s+статьи|関連記事|인기\s*기사|관련\s*기사)\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex EndSection();

    [GeneratedRegex(@"^(?:read\s+(?:more|also|next)|see\s+also|also\s+read|related(?:\s+(?:posts?|articles?|stories|story|links?))?|watch|listen|lire\s+aussi|leia\s+também|lea\s+también|baca\s+juga|mehr\s+dazu|читайте\s+также)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex LinkPrefix();

    [GeneratedRegex(@"^(?:see\s+also|(?:also|read)\s+(?:read|more|also|next)|related|don'?t\s+miss|recommended|lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|leer\s+más|lea\s+también|leia\s+(?:mais|também)|veja\s+também|weiterlesen|baca\s+juga|читайте\s+также|читать\s+далее)\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex LinkHeading();

    [GeneratedRegex(@"(?:view|see|read)\s+(?:all|more)\s+(?:posts|articles|stories)(?:\s+by\b.*)?$|^more\s+(?:posts|articles|stories)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLink();

    [GeneratedRegex(@"all\s+rights\s+reserved|todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten|все\s+права\s+защищены|무단\s*전재|재배포\s*금지|無断転載|this\s+field\s+is\s+required|required\s+fields\s+are\s+marked|\bnewsletters?\b|\bsign\s+up\b|\bsubscribe\s+(?:to|now|for)\b|click\s+here|continue\s+reading|may\s+contain\s+affiliate|\b(?:follow|like)\s+us\s+on\b|enable\s+javascript|your\s+browser|share\s+(?:on|via)\s+(?:facebook|twitter)|may\s+not\s+be\s+reproduced|recaptcha|constitutes\s+acceptance", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StrongPhrase();

    [GeneratedRegex(@"\bcopyright\b|©|\bsubscribe\b|\bprivacy\s+policy\b|\bterms\s+of\s+(?:use|service)\b|\byour\s+inbox\b|\bdownload\s+(?:the|our)\s+app\b|\bsave\s+my\s+name\b|\bnotify\s+me\b|\bclique\s+(?:no|na|aqui|e)\b|\bklik\s+di\s*sini\b|\bhier\s+klicken\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WeakPhrase();

    [GeneratedRegex(@"^(?:\d+\s*min(?:ute)?s?\s+read\b|by|von|par|por|oleh|posted\s+(?:by|on|in)|written\s+by|published|updated|last\s+updated|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicado|atualizado|diterbitkan|опубликовано|обновлено)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Byline();

    [GeneratedRegex(@"\b(?:published|updated|posted|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicado|atualizado|diterbitkan|опубликовано|обновлено|기사입력|입력|公開日|更新日|投稿日)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Publication();

    [GeneratedRegex(@"^(?:sources?|fuentes?|quellen?|fontes?|sumber|источник|via)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SourceCredit();

    [GeneratedRegex(@"^(?:(?:https?://|www\.)\S+|\S+@\S+\.\w+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|ir|ru|de|fr|es|br|uk|co|io|jp|kr|id))/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressOnly();

    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cookie();

    // A notice speaks to the reader or for the site; a report about cookie rules speaks of others.
    [GeneratedRegex(@"\b(?:we|we're|we've|our|ours|us|you|your|you're|this\s+(?:cookie|site|website|page)|these\s+cookies|wir|uns|unser(?:e[mnrs]?)?|(?-i:Ihre[mnrs]?)|nous|notre|nos|vous|votre|vos|utilizamos|usamos|nuestr[oa]s?|usted|utilizziamo|usiamo|nostr[oiae]|nossos?|nossas?|você)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeVoice();

    // A consent button or link: a short line led by its action or by "cookie(s)".
    [GeneratedRegex(@"^\W*(?:accept|allow|reject|decline|refuse|manage|customi[sz]e|cookies?|(?:alle\s+)?akzeptieren|(?:tout\s+)?accepter|refuser|aceptar|rechazar|aceitar|accetta|rifiuta)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentControl();

    [GeneratedRegex(@"\b(?:websites?|site|browsers?|consent|opt[- ]?out|personal\s+(?:information|data)|privacy|third[- ]part(?:y|ies)|datenschutz\w*|einwilligung|zustimmung|(?:web)?seiten?|consentement|données\s+personnelles|confidentialité|consentimiento|datos\s+personales|privacidad|privacidade|consentimento)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentContext();

    [GeneratedRegex(@"\b(?:photo|photos|photograph|image|picture|foto|bild|credit|getty|reuters|afp|epa|shutterstock)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CaptionWord();

    [GeneratedRegex(@"\b(?:photo|image|picture|foto|bild|credit)\s*(?::|\.{2,}|…|by\b)|\((?:file\s+)?photo\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CaptionCredit();

    [GeneratedRegex(@"\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|dpa|AAP|Xinhua|IANS|PTI|ANSA|TASS|Sputnik|Bloomberg|Yonhap|file)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"\s[/|>»·•]\s", RegexOptions.CultureInvariant)]
    internal static partial Regex MenuSeparator();
}
