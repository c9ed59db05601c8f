using System.Collections.Immutable;

namespace Startfoto.Domain.Indeling;

/// <summary>
/// A CSV file or spreadsheet as read: the header row and the rows after it, with their row numbers in the file.
/// Blank rows are kept (the validator skips them), so row numbers stay what the user sees.
/// </summary>
public sealed record RawTable(RawRow Header, ImmutableArray<RawRow> Rows);
