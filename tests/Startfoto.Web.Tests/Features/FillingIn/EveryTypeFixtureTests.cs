using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>The browser tests' questionnaire (tests/fixtures/questionnaires/alle-vraagtypen.json) keeps covering the model.</summary>
public sealed class EveryTypeFixtureTests
{
    static Questionnaire Compile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Startfoto.sln"))) dir = dir.Parent;
        var file = Path.Combine(dir!.FullName, "tests", "fixtures", "questionnaires", "alle-vraagtypen.json");
        var check = DefinitionCheck.Check(File.ReadAllBytes(file), Path.GetFileName(file));
        Assert.True(check.Ok, string.Join("\n", check.Problems.Select(p => p.ToLine())));
        return check.Value!.Questionnaire;
    }

    [Fact]
    public void It_has_every_question_type_and_every_feature_the_form_renders()
    {
        var questions = Compile().Definition.Questions.ToList();

        Assert.Equal(Enum.GetValues<QuestionType>().Order(), questions.Select(q => q.Type).Distinct().Order());
        Assert.Contains(questions, q => q.VisibleWhen is not null);
        Assert.Contains(questions, q => q.Constraint is not null && q.ConstraintMessage is not null);
        Assert.Contains(questions, q => q.Type == QuestionType.Percentage && q.Number is { Decimals: > 0 });
        Assert.Contains(questions, q => q.NotApplicable && !q.HasChoices);
        Assert.Contains(questions, q => q.DontKnow && !q.HasChoices);
        Assert.Contains(questions, q => q.AllowComment);
        Assert.Contains(questions, q => q.Options.Any(o => o.Description is not null));
    }
}
