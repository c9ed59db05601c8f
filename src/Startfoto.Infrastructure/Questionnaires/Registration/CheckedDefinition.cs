using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>A definition that compiled without problems, with the JSON to store and its content hash.</summary>
public sealed record CheckedDefinition(Questionnaire Questionnaire, string Json, string Hash, string FileName)
{
    public QuestionnaireDefinition Definition => Questionnaire.Definition;
    public string Key => Definition.Key;
    public int Version => Definition.Version;
}
