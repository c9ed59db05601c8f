using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using Startfoto.Infrastructure.Scoring;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// The registered versions of every vragenlijst, by key+version. A new key+version is stored; the same content again
/// changes nothing. Other content under a registered key+version replaces it only while nobody has answered that
/// version: until then it is a draft (fix a typo, restart, done); after that it is immutable and the version must go up.
/// A file in the folder never replaces an uploaded version, so a restart cannot undo a Beheerder's upload. The "scoring"
/// part does not count as a change of the questions: its rules are stored as their own versions (<see cref="ScoringRulesStore"/>).
/// </summary>
public sealed class QuestionnaireRegistry(Func<StartfotoDb> createDb, TimeProvider time)
{
    public QuestionnaireRegistry(IDbContextFactory<StartfotoDb> dbs, TimeProvider time) : this(dbs.CreateDbContext, time) { }

    public static QuestionnaireRegistry ForConnectionString(string connectionString) =>
        new(() => InfrastructureSetup.CreateDb(connectionString), TimeProvider.System);

    /// <summary>Checks the file (<see cref="DefinitionCheck"/>) and registers it; nothing is stored unless it is in order.</summary>
    public async Task<Result<Registration>> RegisterAsync(byte[] content, string fileName, string source, Guid? by, CancellationToken ct)
    {
        var check = DefinitionCheck.Check(content, fileName);
        return check.Ok ? await RegisterAsync(check.Value!, source, by, ct) : Result<Registration>.Failure(check.Problems);
    }

    public async Task<Result<Registration>> RegisterAsync(CheckedDefinition definition, string source, Guid? by, CancellationToken ct)
    {
        var (key, version) = (definition.Key, definition.Version);
        await using var db = createDb();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two registrations of a new key+version (two Beheerders, two instances starting) take turns instead of colliding.
        await ScoringRulesStore.LockAsync(db, ct);
        // FOR UPDATE conflicts with the FOR KEY SHARE lock that inserting a response takes on the version it points at:
        // no response can arrive between counting them and replacing the content.
        var existing = await db.QuestionnaireVersions
            .FromSql($"SELECT * FROM questionnaire_versions WHERE key = {key} AND version = {version} FOR UPDATE")
            .SingleOrDefaultAsync(ct);

        var outcome = RegistrationOutcome.Registered;
        var at = new Location(File: definition.FileName, Key: "version");
        if (existing is null)
            db.QuestionnaireVersions.Add(existing = new QuestionnaireVersion
            {
                Key = key, Version = version, Title = "", Definition = "", ContentHash = "", Source = source, FileName = "",
            });
        else if (existing.ContentHash == definition.Hash)
            outcome = RegistrationOutcome.Unchanged;
        else if (existing.Source == DefinitionSource.Upload && source == DefinitionSource.File)
            return Result<Registration>.Failure(RegistrationProblems.UploadedVersionDiffers(key, version, at));
        else if (DefinitionJson.QuestionsHash(existing.Definition) == DefinitionJson.QuestionsHash(definition.Json))
            outcome = RegistrationOutcome.RulesChanged; // the questions stay; the rules are versioned on their own
        else if (await db.Responses.AnyAsync(r => r.QuestionnaireKey == key && r.QuestionnaireVersion == version, ct))
            return Result<Registration>.Failure(RegistrationProblems.HasResponses(key, version, at));
        else
            outcome = RegistrationOutcome.Replaced;

        if (outcome != RegistrationOutcome.Unchanged)
        {
            var d = definition.Definition;
            existing.Title = d.Title;
            existing.Kind = d.Kind;
            existing.Level = d.Level;
            existing.Definition = definition.Json;
            existing.ContentHash = definition.Hash;
            existing.Source = source;
            existing.FileName = definition.FileName;
            existing.RegisteredAt = time.GetUtcNow();
            existing.RegisteredBy = by;
            // The rules versions point at the version: it must exist before they are added.
            await db.SaveChangesAsync(ct);
        }
        // Also when the questions are unchanged: a database from before rules versions gets the shipped rules now.
        var rules = await ScoringRulesStore.RegisterShippedAsync(db, key, version, definition.Definition.Scoring, definition.FileName, time.GetUtcNow(), ct);
        if (!rules.Ok) return Result<Registration>.Failure(rules.Problems);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Registration>.Success(new Registration(key, version, definition.Definition.Title, definition.FileName, outcome, rules.Value));
    }

    /// <summary>Every version, by key, newest version first, with the number of responses to it.</summary>
    public async Task<IReadOnlyList<RegisteredVersion>> ListAsync(CancellationToken ct)
    {
        await using var db = createDb();
        return await db.QuestionnaireVersions.OrderBy(v => v.Key).ThenByDescending(v => v.Version)
            .Select(v => new RegisteredVersion(v.Key, v.Version, v.Title, v.Kind, v.Level, v.RegisteredAt, v.Source, v.FileName,
                v.ContentHash, db.Responses.Count(r => r.QuestionnaireKey == v.Key && r.QuestionnaireVersion == v.Version)))
            .ToListAsync(ct);
    }

    /// <summary>The stored definition as indented JSON, or null when the version is not registered.</summary>
    public async Task<string?> GetJsonAsync(string key, int version, CancellationToken ct)
    {
        await using var db = createDb();
        var json = await db.QuestionnaireVersions.Where(v => v.Key == key && v.Version == version)
            .Select(v => v.Definition).SingleOrDefaultAsync(ct);
        return json is null ? null : DefinitionJson.Pretty(json);
    }

    /// <summary>
    /// The stored definition as an XLSForm workbook, or null when the version is not registered. Written from the
    /// stored JSON, whatever the version came in as: an uploaded workbook comes back in the export's layout.
    /// </summary>
    public async Task<byte[]?> GetXlsFormAsync(string key, int version, CancellationToken ct)
    {
        await using var db = createDb();
        var stored = await db.QuestionnaireVersions.Where(v => v.Key == key && v.Version == version)
            .Select(v => new { v.Definition, v.FileName }).SingleOrDefaultAsync(ct);
        if (stored is null) return null;
        var read = QuestionnaireJsonReader.Read(stored.Definition, stored.FileName);
        // The stored JSON passed the reader when it was registered: failing now is a bug, not a user's mistake.
        if (!read.Ok) throw new InvalidOperationException($"Versie {version} van '{key}' is opgeslagen maar leest niet: {read.Problems[0].ToLine()}");
        return XlsFormWriter.Write(read.Value!);
    }

    /// <summary>A registered version compiled; null when it is not registered.</summary>
    public async Task<Result<Questionnaire>?> LoadAsync(string key, int version, CancellationToken ct)
    {
        await using var db = createDb();
        var stored = await db.QuestionnaireVersions.Where(v => v.Key == key && v.Version == version)
            .Select(v => new { v.Definition, v.FileName }).SingleOrDefaultAsync(ct);
        if (stored is null) return null;
        var check = DefinitionCheck.Check(stored.Definition, stored.FileName);
        return check.Ok ? Result<Questionnaire>.Success(check.Value!.Questionnaire) : Result<Questionnaire>.Failure(check.Problems);
    }
}
