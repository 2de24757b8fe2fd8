using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NewsArchive.Cli;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>A password change or a sign-out ends every existing session: an old cookie no longer opens /admin.</summary>
public sealed class SessionEndTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    /// <summary>Signs in with a client of its own and returns the session cookie it was given.</summary>
    private async Task<string> SignedInCookieAsync()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync(new Uri("/admin/signin", UriKind.Relative));
        var antiforgery = page.Headers.GetValues(HeaderNames.SetCookie).Select(c => c.Split(';')[0]).ToList();
        var html = await Html.ParseAsync(page);
        var token = html.QuerySelector("#signin-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = AdminAppFactory.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add(HeaderNames.Cookie, string.Join("; ", antiforgery));
        using var response = await client.SendAsync(post);
        return response.Headers.GetValues(HeaderNames.SetCookie).Single(c => c.StartsWith("NewsArchive.Admin=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task<bool> OpensAdminAsync(string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add(HeaderNames.Cookie, cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode == System.Net.HttpStatusCode.OK;
    }

    [Fact]
    public async Task Signing_out_ends_every_session_an_old_cookie_included()
    {
        var stolen = await SignedInCookieAsync();
        Assert.True(await OpensAdminAsync(stolen));
        using var client = factory.CreateClient();
        using var signedIn = await client.SignInAsync(AdminAppFactory.Password);

        (await client.SubmitAsync((await Html.ParseAsync(signedIn)).Form("#signout-form"))).Dispose();

        Assert.False(await OpensAdminAsync(stolen));
        Assert.True(await OpensAdminAsync(await SignedInCookieAsync()));
    }

    [Fact]
    public async Task Set_password_ends_every_existing_session()
    {
        var old = await SignedInCookieAsync();
        Assert.True(await OpensAdminAsync(old));

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["set-password", "--db", factory.DatabasePath, "--password", "a new password of enough length"], stdout, stderr);

        Assert.Equal(CliApp.Ok, exit);
        Assert.False(await OpensAdminAsync(old));
    }

    [Fact]
    public async Task A_cookie_from_before_stamps_existed_is_refused()
    {
        var cookie = await SignedInCookieAsync();
        await using (var db = factory.OpenDatabase())
        {
            await db.Settings.Where(s => s.Key == NewsArchive.Admin.AdminAccount.SecurityStampSetting).ExecuteDeleteAsync();
        }

        Assert.False(await OpensAdminAsync(cookie));
    }
}
