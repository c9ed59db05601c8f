using Startfoto.Domain.Problems;
using C = Startfoto.Domain.Indeling.IndelingColumns;

namespace Startfoto.Domain.Indeling;

/// <summary>
/// Turns a file as read into an indeling, or lists every problem with its row and column: a user fixes a file in
/// one go, not one error per upload.
/// </summary>
public static class IndelingValidator
{
    public static Result<IndelingTable> Validate(RawTable table)
    {
        var problems = new List<Problem>();
        var header = IndelingHeader.Read(table.Header, problems);
        // A wrong header (often the wrong separator) makes every row wrong too: report the header only.
        if (problems.Count > 0) return Result<IndelingTable>.Failure(problems);

        var rows = table.Rows.Where(r => !r.IsBlank).ToList();
        if (rows.Count == 0) return Result<IndelingTable>.Failure(IndelingProblems.OnlyHeader(Location.AtRow(table.Header.Number)));

        var gemeenten = new List<IndelingGemeente>(rows.Count);
        var seenGemeenten = new Dictionary<string, int>();
        var regios = new NameConsistency(IndelingProblems.JeugdregioWithTwoNames, C.JeugdregioNaam);
        var provincies = new NameConsistency(IndelingProblems.ProvincieWithTwoNames, C.ProvincieNaam);
        foreach (var row in rows)
        {
            var before = problems.Count;
            string Cell(string column) => row.Cell(header[column]).Trim();
            var gemeente = Code(Cell(C.GemeenteCode), C.GemeenteCode, row, GemeenteCode.IsValid, IndelingProblems.InvalidGemeenteCode, problems);
            var regio = Code(Cell(C.JeugdregioCode), C.JeugdregioCode, row, JeugdregioCode.IsValid, IndelingProblems.InvalidJeugdregioCode, problems);
            var provincie = Code(Cell(C.ProvincieCode), C.ProvincieCode, row, ProvincieCode.IsValid, IndelingProblems.InvalidProvincieCode, problems);
            var name = Name(Cell(C.GemeenteNaam), C.GemeenteNaam, row, problems);
            var regioName = Name(Cell(C.JeugdregioNaam), C.JeugdregioNaam, row, problems);
            var provincieName = Name(Cell(C.ProvincieNaam), C.ProvincieNaam, row, problems);

            if (gemeente is not null)
            {
                if (seenGemeenten.TryGetValue(gemeente, out var otherRow))
                    problems.Add(IndelingProblems.DuplicateGemeente(gemeente, otherRow, Location.AtRow(row.Number, C.GemeenteCode)));
                else
                    seenGemeenten[gemeente] = row.Number;
            }
            if (regio is not null && regioName is not null) regios.Check(regio, regioName, row.Number, problems);
            if (provincie is not null && provincieName is not null) provincies.Check(provincie, provincieName, row.Number, problems);

            if (problems.Count == before)
                gemeenten.Add(new IndelingGemeente(new GemeenteCode(gemeente!), name!, new JeugdregioCode(regio!), regioName!,
                    new ProvincieCode(provincie!), provincieName!));
        }
        return problems.Count == 0
            ? Result<IndelingTable>.Success(IndelingTable.FromValidRows(gemeenten))
            : Result<IndelingTable>.Failure(problems.OrderBy(p => p.At.Row).ThenBy(p => ColumnOrder(p.At.Column)));
    }

    // Codes are matched upper-case ("gm0599" is clearly GM0599); anything else that does not fit the pattern is refused.
    static string? Code(string text, string column, RawRow row, Func<string, bool> isValid,
        Func<string, Location, Problem> invalid, List<Problem> problems)
    {
        if (text.Length == 0)
        {
            problems.Add(IndelingProblems.EmptyCell(column, Location.AtRow(row.Number, column)));
            return null;
        }
        var code = text.ToUpperInvariant();
        if (isValid(code)) return code;
        problems.Add(invalid(text, Location.AtRow(row.Number, column)));
        return null;
    }

    static string? Name(string text, string column, RawRow row, List<Problem> problems)
    {
        if (text.Length == 0) problems.Add(IndelingProblems.EmptyCell(column, Location.AtRow(row.Number, column)));
        else if (text.Length > C.MaxNameLength) problems.Add(IndelingProblems.TooLong(column, Location.AtRow(row.Number, column)));
        else return text;
        return null;
    }

    static int ColumnOrder(string? column) => column is null ? -1 : IndelingColumns.All.ToList().IndexOf(column);

    /// <summary>One code, one name: remembers the first name and row seen per code.</summary>
    sealed class NameConsistency(Func<string, string, string, int, Location, Problem> twoNames, string nameColumn)
    {
        readonly Dictionary<string, (string Name, int Row)> first = [];

        public void Check(string code, string name, int row, List<Problem> problems)
        {
            if (!first.TryGetValue(code, out var seen)) first[code] = (name, row);
            else if (!string.Equals(seen.Name, name, StringComparison.Ordinal))
                problems.Add(twoNames(code, name, seen.Name, seen.Row, Location.AtRow(row, nameColumn)));
        }
    }
}
