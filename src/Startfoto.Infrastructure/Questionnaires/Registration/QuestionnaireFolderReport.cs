namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// The last start-up scan of the questionnaires folder, kept in memory (a singleton) for the Beheerder page: each
/// instance reports its own folder, which in a container is the image's. Null before the scan or when it is off.
/// </summary>
public sealed class QuestionnaireFolderReport
{
    volatile QuestionnaireFolderScan? last;

    public QuestionnaireFolderScan? Last => last;

    public void Record(QuestionnaireFolderScan scan) => last = scan;
}
