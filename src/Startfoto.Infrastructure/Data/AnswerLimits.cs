namespace Startfoto.Infrastructure.Data;

/// <summary>The longest answer and toelichting the database keeps; saves check them first and say so in Dutch.</summary>
public static class AnswerLimits
{
    public const int KeyLength = 200;
    public const int ValueLength = 20_000;
    public const int CommentLength = 4_000;
}
