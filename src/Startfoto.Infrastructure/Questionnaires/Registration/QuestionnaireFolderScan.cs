using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>What registering the questionnaires folder did: a line per valid file, the problems per invalid one.</summary>
public sealed record QuestionnaireFolderScan(string Folder, DateTimeOffset ScannedAt,
    IReadOnlyList<Registration> Registered, IReadOnlyList<FileProblems> Invalid)
{
    public IEnumerable<Problem> Problems => Invalid.SelectMany(f => f.Problems);
}
