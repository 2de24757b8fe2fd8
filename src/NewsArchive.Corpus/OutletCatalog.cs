namespace NewsArchive.Corpus;

/// <summary>Makes a few hundred outlets, each with its own recurring boilerplate.</summary>
internal static class OutletCatalog
{
    private static readonly string[] s_newsletters =
    [
        "Subscribe to our newsletter and get the day's top stories in your inbox.",
        "Sign up for our morning briefing",
        "Get the latest headlines delivered every day. Subscribe now",
        "Enjoyed this article? Join our free newsletter.",
    ];

    private static readonly string[] s_shares =
    [
        "Share on Facebook", "Share on Twitter", "Share on WhatsApp", "Email", "Print", "Copy link", "Tweet", "Share",
    ];

    public static Outlet[] Create(Random random, int count)
    {
        var outlets = new Outlet[count];
        for (var i = 0; i < count; i++)
        {
            outlets[i] = CreateOne(random, i);
        }
        return outlets;
    }

    private static Outlet CreateOne(Random random, int index)
    {
        var place = Pick(random, WordLists.Places);
        var name = random.Next(3) switch
        {
            0 => $"The {place} {Pick(random, WordLists.OutletWords)}",
            1 => $"{place} {Pick(random, WordLists.OutletWords)} {Pick(random, WordLists.OutletWords)}",
            _ => $"{Pick(random, WordLists.OutletWords)} {index}",
        };
        var header = new List<string>();
        if (random.Next(3) > 0)
        {
            header.Add(string.Join(random.Next(2) == 0 ? " | " : "   /   ", PickSome(random, WordLists.Sections, 3, 7)));
        }
        if (random.Next(4) == 0)
        {
            header.Add($"| {random.Next(-5, 35)}.{random.Next(10)}°C {place}");
        }
        var share = PickSome(random, s_shares, 0, 4);
        var newsletter = random.Next(2) == 0 ? s_newsletters[random.Next(s_newsletters.Length)] : null;
        var footer = new List<string> { $"© {name}. All rights reserved." };
        if (random.Next(2) == 0)
        {
            footer.Add("About us | Contact | Privacy policy | Terms of use");
        }
        return new Outlet(name, header, share, newsletter, footer, random.Next(4));
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static List<string> PickSome(Random random, string[] items, int min, int max)
    {
        var count = random.Next(min, max + 1);
        return items.OrderBy(_ => random.Next()).Take(count).ToList();
    }
}
