namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>
/// Element ids of one answer slot. Built from the slot number, not the key: keys hold dots, which CSS selectors and
/// some assistive tools misread, and the slot number is unique within a questionnaire.
/// </summary>
public readonly record struct FieldIds(int Slot)
{
    public string Input => $"vraag-{Slot}";
    public string Label => $"vraag-{Slot}-label";
    public string Help => $"vraag-{Slot}-uitleg";
    public string Message => $"vraag-{Slot}-melding";
    public string Unit => $"vraag-{Slot}-eenheid";
    public string Comment => $"vraag-{Slot}-toelichting";

    public string Option(int index) => $"vraag-{Slot}-optie-{index}";

    public string OptionDescription(int index) => $"vraag-{Slot}-optie-{index}-omschrijving";

    /// <summary>An aria-describedby value of the ids that are there; null when none is.</summary>
    public static string? Join(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrEmpty(id)).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }
}
