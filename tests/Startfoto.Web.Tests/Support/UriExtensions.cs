namespace Startfoto.Web.Tests.Support;

public static class UriExtensions
{
    /// <summary>Redirects may be absolute (http://localhost/x) or relative (/x): compare the path and query.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
