using System.Text;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.XlsForm;

namespace Startfoto.Cli;

/// <summary>A questionnaire definition file (JSON or XLSForm .xlsx, told apart by content) read and compiled, or every problem with it.</summary>
static class DefinitionFile
{
    public static async Task<Result<Questionnaire>> CompileAsync(string path)
    {
        var definition = await ReadAsync(path);
        return definition.Ok ? QuestionnaireCompiler.Compile(definition.Value!, path) : Result<Questionnaire>.Failure(definition.Problems);
    }

    public static async Task<Result<QuestionnaireDefinition>> ReadAsync(string path)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<QuestionnaireDefinition>.Failure(TextFile.Unreadable(path, e));
        }
        // A workbook is a zip whatever its name; anything else is read as JSON, which reports what it is not.
        if (bytes.AsSpan().StartsWith("PK"u8) || Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            return XlsFormReader.Read(bytes, path);
        return QuestionnaireJsonReader.Read(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), path);
    }
}
