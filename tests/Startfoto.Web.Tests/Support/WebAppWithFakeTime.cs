namespace Startfoto.Web.Tests.Support;

/// <summary>The app reads <see cref="WebApp.Time"/>, which tests move forward.</summary>
public sealed class WebAppWithFakeTime : WebApp
{
    protected override bool UsesFakeTime => true;
}
