namespace Startfoto.Domain.Questionnaires;

/// <summary>Who answers: each gemeente, or the jeugdregio as a whole.</summary>
public enum QuestionnaireLevel { Gemeente, Jeugdregio }
