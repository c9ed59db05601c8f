using Startfoto.Domain.Indeling;
using static Startfoto.Domain.Tests.Indeling.Tables;

namespace Startfoto.Domain.Tests.Indeling;

public sealed class IndelingValidatorTests
{
    [Fact]
    public void A_valid_table_gives_its_gemeenten_sorted_and_its_jeugdregios()
    {
        var table = Valid(Rotterdam, Leiden, Katwijk);

        Assert.Equal(["GM0537", "GM0546", "GM0599"], table.Gemeenten.Select(g => g.Code.Value));
        Assert.Equal(["JZ18 Holland Rijnland", "JZ29 Rijnmond"], table.Jeugdregios.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData(" GemeenteCode |GEMEENTENAAM|jeugdregiocode |Jeugdregionaam|provinciecode|provincienaam")]
    [InlineData("provincienaam|provinciecode|jeugdregionaam|jeugdregiocode|gemeentenaam|gemeentecode|opmerking")]
    [InlineData("gemeentecode|gemeentenaam|jeugdregiocode|jeugdregionaam|provinciecode|provincienaam|||")]
    public void Header_names_match_trimmed_case_insensitively_in_any_order_with_extra_columns(string header)
    {
        var columns = header.Split('|').Select(c => c.Trim().ToLowerInvariant()).ToList();
        var values = new Dictionary<string, string> { ["gemeentecode"] = "GM0546", ["gemeentenaam"] = "Leiden", ["jeugdregiocode"] = "JZ18",
            ["jeugdregionaam"] = "Holland Rijnland", ["provinciecode"] = "PV28", ["provincienaam"] = "Zuid-Holland" };
        var row = string.Join("|", columns.Select(c => values.GetValueOrDefault(c, "")));

        var result = IndelingValidator.Validate(Raw(header, row));

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal("GM0546 Leiden", result.Value!.Gemeenten.Single().ToString());
    }

    [Theory]
    [InlineData("gemeentecode|gemeentenaam|jeugdregionaam|provinciecode|provincienaam", "IND011", "jeugdregiocode")]
    [InlineData("gemeentecode;gemeentenaam;jeugdregiocode;jeugdregionaam;provinciecode;provincienaam", "IND011", "gemeentecode")]
    [InlineData("gemeentecode|gemeentenaam|jeugdregiocode|jeugdregionaam|provinciecode|provincienaam|Gemeentecode", "IND012", "gemeentecode")]
    public void A_wrong_header_is_reported_on_row_1_at_its_column(string header, string code, string column)
    {
        var result = IndelingValidator.Validate(Raw(header, Leiden));

        Assert.Contains(result.Problems, p => p.Code == code && p.At.Row == 1 && p.At.Column == column);
        Assert.All(result.Problems, p => Assert.Equal(1, p.At.Row));
    }

    [Fact]
    public void A_missing_column_message_says_which_columns_are_expected()
    {
        var problem = IndelingValidator.Validate(Raw("gemeentecode|gemeentenaam", Leiden)).Problems.First();

        Assert.Contains("Kolom 'jeugdregiocode' ontbreekt; verwacht: gemeentecode,gemeentenaam,jeugdregiocode", problem.Message);
    }

    [Fact]
    public void Only_a_header_is_reported()
    {
        var result = IndelingValidator.Validate(Raw(Header, "|||||", ""));

        Assert.Equal(("IND013", 1), (result.Problems.Single().Code, result.Problems.Single().At.Row));
    }

    [Theory]
    [InlineData("GM12|Leiden|JZ18|Holland Rijnland|PV28|Zuid-Holland", "IND015", "gemeentecode")]
    [InlineData("GM05467|Leiden|JZ18|Holland Rijnland|PV28|Zuid-Holland", "IND015", "gemeentecode")]
    [InlineData("GM0546|Leiden|JZ4A|Holland Rijnland|PV28|Zuid-Holland", "IND016", "jeugdregiocode")]
    [InlineData("GM0546|Leiden|JZ18|Holland Rijnland|28|Zuid-Holland", "IND017", "provinciecode")]
    [InlineData("|Leiden|JZ18|Holland Rijnland|PV28|Zuid-Holland", "IND014", "gemeentecode")]
    [InlineData("GM0546| |JZ18|Holland Rijnland|PV28|Zuid-Holland", "IND014", "gemeentenaam")]
    [InlineData("GM0546|Leiden|JZ18||PV28|Zuid-Holland", "IND014", "jeugdregionaam")]
    [InlineData("GM0546|Leiden|JZ18|Holland Rijnland|PV28", "IND014", "provincienaam")]
    public void A_bad_cell_is_reported_at_its_row_and_column(string row, string code, string column)
    {
        var result = IndelingValidator.Validate(Raw(Header, Katwijk, row));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, 3, column), (problem.Code, problem.At.Row, problem.At.Column));
    }

    [Fact]
    public void A_name_longer_than_the_database_holds_is_reported()
    {
        var result = IndelingValidator.Validate(Raw(Header, $"GM0546|{new string('a', 201)}|JZ18|Holland Rijnland|PV28|Zuid-Holland"));

        Assert.Equal(("IND021", "gemeentenaam"), (result.Problems.Single().Code, result.Problems.Single().At.Column));
    }

    [Fact]
    public void Lower_case_codes_and_surrounding_spaces_are_accepted()
    {
        var table = Valid(" gm0546 | Leiden |jz18|Holland Rijnland|pv28|Zuid-Holland ");

        Assert.Equal(new IndelingGemeente(new("GM0546"), "Leiden", new("JZ18"), "Holland Rijnland", new("PV28"), "Zuid-Holland"),
            table.Gemeenten.Single());
    }

    [Fact]
    public void A_duplicate_gemeentecode_names_both_rows()
    {
        var result = IndelingValidator.Validate(Raw(Header, Leiden, Katwijk, Leiden.Replace("Leiden", "Leyden")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("IND018", 4, "gemeentecode"), (problem.Code, problem.At.Row, problem.At.Column));
        Assert.Contains("GM0546 staat ook in rij 2", problem.Message);
    }

    [Fact]
    public void A_jeugdregiocode_with_two_names_names_the_rows()
    {
        var result = IndelingValidator.Validate(Raw(Header, Leiden, Katwijk.Replace("Holland Rijnland", "Rijnland")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("IND019", 3, "jeugdregionaam"), (problem.Code, problem.At.Row, problem.At.Column));
        Assert.Contains("'Rijnland', maar in rij 2 'Holland Rijnland'", problem.Message);
    }

    [Fact]
    public void A_provinciecode_with_two_names_names_the_rows()
    {
        var result = IndelingValidator.Validate(Raw(Header, Leiden, Rotterdam.Replace("Zuid-Holland", "Zuid Holland")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("IND020", 3, "provincienaam"), (problem.Code, problem.At.Row, problem.At.Column));
    }

    [Fact]
    public void Every_problem_in_the_file_is_listed_in_row_order()
    {
        var result = IndelingValidator.Validate(Raw(Header,
            "GM12|Leiden|JZ18|Holland Rijnland|PV28|Zuid-Holland",
            Katwijk,
            "",
            "GM0599||JZ4A|Rijnmond|PV28|Zuid-Holland",
            Katwijk));

        Assert.Equal([("IND015", 2), ("IND014", 5), ("IND016", 5), ("IND018", 6)],
            result.Problems.Select(p => (p.Code, p.At.Row!.Value)));
    }
}
