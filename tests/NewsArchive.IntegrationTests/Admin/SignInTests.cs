using System.Net;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class SignInTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/progress")]
    [InlineData("/admin/runs/1")]
    [InlineData("/admin/missing")]
    [InlineData("/admin/preview")]
    public async Task Anonymous_admin_pages_redirect_to_sign_in(string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_leaves_the_visitor_signed_out()
    {
        using var client = factory.CreateClient();

        using var response = await client.SignInAsync("not the password");

        var page = await Html.ParseAsync(response);
        Assert.Contains("That password is not right", page.Text("signin-error"), StringComparison.Ordinal);
        Assert.EndsWith("/admin/signin", (await client.GetAsync(new Uri("/admin", UriKind.Relative))).RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Right_password_opens_the_admin_page_and_signing_out_closes_it()
    {
        using var client = factory.CreateClient();

        using var signedIn = await client.SignInAsync(AdminAppFactory.Password);
        var admin = await Html.ParseAsync(signedIn);
        Assert.Equal("/admin", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(admin.QuerySelector("#reimport-form"));

        using var signedOut = await client.SubmitAsync(admin.Form("#signout-form"));
        Assert.Equal("/", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        using var again = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal("/admin/signin", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/admin/missing");

        using var response = await client.SubmitAsync(page.Form("#signin-form"), new Dictionary<string, string> { ["Password"] = AdminAppFactory.Password });

        Assert.Equal("/admin/missing", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_cookie_is_http_only_and_same_site_strict()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SignInAsync(AdminAppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("NewsArchive.Admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/admin/signin", "Password=" + AdminAppFactory.Password)]
    [InlineData("/admin?handler=Reimport", "")]
    [InlineData("/admin/missing", "Confirm=true")]
    public async Task Post_without_the_antiforgery_token_is_rejected(string url, string body)
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        var runsBefore = await factory.CountRunsAsync();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(runsBefore, await factory.CountRunsAsync());
    }
}
