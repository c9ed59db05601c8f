namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The columns this platform reads and writes. XLSForm's own columns keep their names (xlsform.org); what XLSForm
/// cannot say (our question types, scoring, number bounds) goes in extension columns that ODK tools ignore.
/// </summary>
static class XlsFormColumns
{
    public const string Type = "type", Name = "name", Label = "label", Hint = "hint", Required = "required", Relevant = "relevant",
        Constraint = "constraint", ConstraintMessage = "constraint_message", Calculation = "calculation", Appearance = "appearance";

    public const string StartfotoType = "startfoto_type", Theme = "theme", Weight = "weight", Min = "min", Max = "max",
        Decimals = "decimals", Unit = "unit", Comment = "comment", Shareable = "shareable", Scope = "scope";

    /// <summary>n.v.t. and weet niet on a question without choices (a number, a date); a choice list offers them as options.</summary>
    public const string NotApplicable = "nvt", DontKnow = "weet_niet";

    public const string ListName = "list_name", Description = "description", Score = "score";

    public const string FormTitle = "form_title", FormId = "form_id", Version = "version", DefaultLanguage = "default_language",
        Kind = "kind", Level = "level", Key = "key", Title = "title";

    /// <summary>The scoring sheet: one rule per row, its type saying which of these columns it uses (see <see cref="ScoringRowTypes"/>).</summary>
    public const string Value = "value", Method = "method", Below = "below", UpTo = "up_to", When = "when", Need = "need", From = "from",
        Tier = "tier", Reason = "reason", Flag = "flag";

    /// <summary>Read in one language (see <see cref="XlsFormLanguage"/>); other languages are left out by design.</summary>
    public static readonly string[] Translated = [Label, Hint, ConstraintMessage];

    public static readonly string[] Survey = [Type, Name, Label, Hint, Required, Relevant, Constraint, ConstraintMessage, Calculation,
        Appearance, StartfotoType, Theme, Weight, Min, Max, Decimals, Unit, NotApplicable, DontKnow, Comment, Shareable];

    public static readonly string[] Choices = [ListName, Name, Label, Description, Score];

    /// <summary>In the order written: what a row is about first, then its numbers, its condition and its words.</summary>
    public static readonly string[] Scoring = [Type, Key, Value, Method, Below, UpTo, Score, Theme, When, Need, From, Tier, Reason, Description, Flag];

    /// <summary>XLSForm columns we know and do not support, with the reason shown per filled cell.</summary>
    public static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["repeat_count"] = "herhalende groepen worden niet ondersteund",
        ["choice_filter"] = "keuzelijsten die van een ander antwoord afhangen worden niet ondersteund",
        ["default"] = "een vooraf ingevuld antwoord wordt niet ondersteund",
        ["read_only"] = "alleen-lezen vragen worden niet ondersteund; gebruik calculate",
        ["required_message"] = "de melding bij een verplichte vraag is vast",
        ["requiredmsg"] = "de melding bij een verplichte vraag is vast",
        ["parameters"] = "parameters worden niet ondersteund",
        ["trigger"] = "trigger wordt niet ondersteund; gebruik calculate",
        ["image"] = "afbeeldingen worden niet ondersteund",
        ["big-image"] = "afbeeldingen worden niet ondersteund",
        ["audio"] = "geluid wordt niet ondersteund",
        ["video"] = "video wordt niet ondersteund",
        ["media"] = "media worden niet ondersteund",
        ["guidance_hint"] = "gebruik de kolom hint",
        ["body"] = "extra XForm-attributen worden niet ondersteund",
        ["bind"] = "extra XForm-attributen worden niet ondersteund",
        ["instance"] = "extra XForm-attributen worden niet ondersteund",
        ["save_to"] = "entities worden niet ondersteund",
        ["rows"] = "de hoogte van een tekstvak volgt uit het vraagtype",
    };

    /// <summary>The column name without a language or attribute suffix: "label::Nederlands (nl)" → "label".</summary>
    public static string BaseName(string normalisedHeader) => normalisedHeader.Split(':')[0];
}
