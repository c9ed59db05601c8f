using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires.Versions;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Admin;

/// <summary>
/// What would move from one registered version to another, from the definitions alone. Applying it to open rounds
/// waits for the rounds; this is the preview the Beheerder sees first.
/// </summary>
public sealed class PreviewVersionChange(QuestionnaireRegistry registry)
{
    public async Task<Outcome<VersionChange>> RunAsync(string key, int from, int to, CancellationToken ct)
    {
        if (from == to)
            return Outcome<VersionChange>.Invalid("to", "WEB002", "Kies twee verschillende versies.");
        var old = await registry.LoadAsync(key, from, ct);
        var @new = await registry.LoadAsync(key, to, ct);
        if (old is null || @new is null) return Outcome<VersionChange>.NotFound;
        if (!old.Ok || !@new.Ok) return Outcome<VersionChange>.Invalid(old.Problems.IsDefaultOrEmpty ? @new.Problems : old.Problems);
        return Outcome<VersionChange>.Ok(VersionChange.Between(old.Value!, @new.Value!));
    }
}
