using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

public sealed class SignOutModel(AdminSignIn signIn, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    /// <summary>Signs out here and ends every other session (a stolen or forgotten cookie included).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await signIn.EndAllSessionsAsync(ct);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        AdminLog.SignedOut(logger, User.Identity?.Name ?? "?");
        return Redirect("/");
    }
}
