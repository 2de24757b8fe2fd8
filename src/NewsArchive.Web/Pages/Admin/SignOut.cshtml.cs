using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

public sealed class SignOutModel(ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        AdminLog.SignedOut(logger, User.Identity?.Name ?? "?");
        return Redirect("/");
    }
}
