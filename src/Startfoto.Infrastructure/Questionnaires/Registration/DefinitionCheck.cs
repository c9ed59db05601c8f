using System.Text;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data.Configurations;
using Startfoto.Infrastructure.Excel;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// A definition file → <see cref="CheckedDefinition"/>, or every problem with its file and location. The same check
/// for the questionnaires folder and for an upload: reading, the full compile, and what registration needs on top.
/// </summary>
public static class DefinitionCheck
{
    public const long MaxBytes = 2L * 1024 * 1024;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsXlsForm(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's bytes: size, kind and encoding first, then <see cref="Check(string, string)"/>.</summary>
    public static Result<CheckedDefinition> Check(byte[] content, string fileName)
    {
        var at = new Location(File: fileName);
        if (content.LongLength > MaxBytes) return Fail(RegistrationProblems.FileTooLarge(content.LongLength, MaxBytes, at));
        if (content.Length == 0) return Fail(RegistrationProblems.EmptyFile(at));
        // XLSForm: another issue builds the reader; until then an .xlsx (or any zip) is refused with this message.
        if (IsXlsForm(fileName) || FileSignature.Detect(content).Kind == FileSignature.Kind.Zip)
            return Fail(RegistrationProblems.XlsFormNotYet(at));
        string text;
        try
        {
            var bom = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            text = StrictUtf8.GetString(content, bom, content.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return Fail(RegistrationProblems.NotUtf8(at));
        }
        return Check(text, fileName);
    }

    /// <summary>Reads and compiles the JSON; registration also needs a version from 1 and a key that fits its column.</summary>
    public static Result<CheckedDefinition> Check(string json, string fileName)
    {
        var read = QuestionnaireJsonReader.Read(json, fileName);
        if (!read.Ok) return Fail(read.Problems);
        var definition = read.Value!;
        var problems = new List<Problem>();
        if (definition.Version < 1)
            problems.Add(RegistrationProblems.InvalidVersion(definition.Version, new Location(File: fileName, Key: "version")));
        if (definition.Key.Length > QuestionnaireVersionConfiguration.KeyLength)
            problems.Add(RegistrationProblems.KeyTooLong(definition.Key, QuestionnaireVersionConfiguration.KeyLength, new Location(File: fileName, Key: "key")));
        var compiled = QuestionnaireCompiler.Compile(definition, fileName);
        problems.AddRange(compiled.Problems);
        return problems.Count > 0
            ? Fail(problems)
            : Result<CheckedDefinition>.Success(new CheckedDefinition(compiled.Value!, DefinitionJson.Normalise(json), DefinitionJson.Hash(json), fileName));
    }

    static Result<CheckedDefinition> Fail(Problem problem) => Result<CheckedDefinition>.Failure(problem);

    static Result<CheckedDefinition> Fail(IEnumerable<Problem> problems) => Result<CheckedDefinition>.Failure(problems);
}
