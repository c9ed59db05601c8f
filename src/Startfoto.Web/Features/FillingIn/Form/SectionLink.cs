using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>One visible section in the section navigation, with its progress.</summary>
public sealed record SectionLink(string Key, string Title, Progress Progress);
