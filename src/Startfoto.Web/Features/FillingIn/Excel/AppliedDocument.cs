namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>The number of answers an applied upload changed.</summary>
public sealed record AppliedDocument(int Applied);
