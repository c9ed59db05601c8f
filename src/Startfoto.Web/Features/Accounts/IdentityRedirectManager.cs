using Microsoft.AspNetCore.Components;

namespace Startfoto.Web.Features.Accounts;

/// <summary>Redirects from the static account pages, refusing open redirects (from the Identity template).</summary>
sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal)
            || uri.StartsWith("/\\", StringComparison.Ordinal))
            uri = navigation.ToBaseRelativePath(uri);
        navigation.NavigateTo(uri);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> query)
    {
        var path = navigation.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        RedirectTo(navigation.GetUriWithQueryParameters(path, query));
    }

    /// <summary>Back to where the user was going, or to their role's start page.</summary>
    public void RedirectToReturnUrlOr(string? returnUrl, string startPage) =>
        RedirectTo(IsLocal(returnUrl) ? returnUrl : startPage);

    static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);
}
