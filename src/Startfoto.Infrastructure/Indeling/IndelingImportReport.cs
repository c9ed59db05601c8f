using Startfoto.Domain.Indeling;

namespace Startfoto.Infrastructure.Indeling;

/// <summary>What an import did to the indeling of a year; <see cref="Lines"/> is the Dutch report for CLI and page.</summary>
public sealed record IndelingImportReport(int Year, IndelingChanges Changes)
{
    public bool Changed => !Changes.IsEmpty;

    public IReadOnlyList<string> Lines => Changes.Describe(Year);
}
