using System.Collections.Immutable;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>What a valid upload would change, relative to the current answers, in sheet order.</summary>
/// <param name="UnchangedRows">Rows that match the current answer and toelichting: counted, not listed.</param>
public sealed record WorkbookChanges(ImmutableArray<WorkbookChange> Changes, int UnchangedRows);
