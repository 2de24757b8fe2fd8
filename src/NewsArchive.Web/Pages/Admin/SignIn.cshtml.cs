using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class SignInModel(AdminSignIn signIn, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var client = SignInRateLimitPolicy.ClientOf(HttpContext);
        if (!await signIn.CheckAsync(Password, ct))
        {
            AdminLog.SignInFailed(logger, client);
            ModelState.AddModelError("", "That password is not right. Sign-in attempts are limited to a few a minute.");
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AdminSignIn.Principal());
        AdminLog.SignedIn(logger, client);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }
}
