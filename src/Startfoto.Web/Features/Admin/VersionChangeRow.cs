using Startfoto.Domain.Questionnaires.Versions;

namespace Startfoto.Web.Features.Admin;

/// <summary>One answer key in the preview of a new version, as the API returns it.</summary>
public sealed record VersionChangeRow(string Key, string Label, SlotChangeKind Change, string Outcome,
    IReadOnlyList<string> RemovedValues, IReadOnlyList<string> AddedValues)
{
    public static VersionChangeRow Of(SlotChange s) =>
        new(s.Key, s.Label, s.Kind, QuestionnaireLabels.Outcome(s), [.. s.RemovedValues], [.. s.AddedValues]);
}
