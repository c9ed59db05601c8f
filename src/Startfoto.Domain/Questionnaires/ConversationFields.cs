using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// What the regioadviseur records in the verdiepende gesprek of a Robuustheidsscan: fields asked once per theme
/// (criterion), stored under "gesprek.{theme}.{key}", and fields asked once per conversation ("gesprek.{key}").
/// </summary>
public sealed record ConversationFields(ImmutableArray<Question> PerTheme, ImmutableArray<Question> General)
{
    public static readonly ConversationFields None = new([], []);

    public static string PerThemeKey(string theme, string field) => $"gesprek.{theme}.{field}";

    public static string GeneralKey(string field) => $"gesprek.{field}";
}
