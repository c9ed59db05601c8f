using Startfoto.Web.Features.FillingIn.Excel;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

public sealed class WorkbookFileNameTests
{
    [Theory]
    [InlineData("startfoto", "GM0546", "Leiden", "startfoto-GM0546-leiden.xlsx")]
    [InlineData("robuustheidsscan", "JZ18", "Holland Rijnland", "robuustheidsscan-JZ18-holland-rijnland.xlsx")]
    [InlineData("startfoto", "GM0796", "'s-Hertogenbosch", "startfoto-GM0796-s-hertogenbosch.xlsx")]
    [InlineData("startfoto", "GM1900", "Súdwest-Fryslân", "startfoto-GM1900-sudwest-fryslan.xlsx")]
    [InlineData("mijn_lijst", "gm0001", "\"Naam\"/..\\x", "mijn-lijst-GM0001-naam-x.xlsx")]
    public void Is_ascii_and_names_questionnaire_code_and_respondent(string key, string code, string name, string expected) =>
        Assert.Equal(expected, WorkbookFileName.For(key, code, name));
}
