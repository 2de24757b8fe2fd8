using System.Net;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>Its own app (the default limit of five sign-in attempts a minute), so no other test spends its attempts.</summary>
public sealed class RateLimitTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task The_sixth_sign_in_attempt_within_a_minute_is_refused_with_a_clear_message()
    {
        using var client = factory.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await client.SignInAsync($"wrong guess {attempt}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var sixth = await client.SignInAsync("sixth guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal("60", sixth.Headers.RetryAfter?.ToString());
        var page = await Html.ParseAsync(sixth);
        Assert.Equal("Too many attempts", page.Text("error-heading"));
        using var form = await client.GetAsync(new Uri("/admin/signin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
