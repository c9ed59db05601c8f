using System.Text;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data.Configurations;
using Startfoto.Infrastructure.Excel;
using Startfoto.Infrastructure.Questionnaires.XlsForm;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>
/// A definition file → <see cref="CheckedDefinition"/>, or every problem with its file and location. The same check
/// for the questionnaires folder and for an upload: reading, the full compile, and what registration needs on top.
/// A definition is stored as JSON whatever it came in as: an XLSForm is read, then written with
/// <see cref="QuestionnaireJsonWriter"/>, so the registry, its hash and its downloads know one format.
/// </summary>
public static class DefinitionCheck
{
    public const long MaxBytes = 2L * 1024 * 1024;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsXlsForm(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The file's bytes: size and kind first; a workbook (by content, or named .xlsx) as XLSForm, else UTF-8 text
    /// for <see cref="Check(string, string)"/>.
    /// </summary>
    public static Result<CheckedDefinition> Check(byte[] content, string fileName)
    {
        var at = new Location(File: fileName);
        if (content.LongLength > MaxBytes) return Fail(RegistrationProblems.FileTooLarge(content.LongLength, MaxBytes, at));
        if (content.Length == 0) return Fail(RegistrationProblems.EmptyFile(at));
        // An old .xls goes to the XLSForm reader too: it says to save the workbook as .xlsx.
        if (IsXlsForm(fileName) || FileSignature.Detect(content).Kind is FileSignature.Kind.Zip or FileSignature.Kind.LegacyOffice)
            return CheckXlsForm(content, fileName);
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
        return read.Ok
            ? Check(read.Value!, json, fileName, new Location(File: fileName, Key: "version"), new Location(File: fileName, Key: "key"))
            : Fail(read.Problems);
    }

    /// <summary>The reader locates every problem at sheet, row and column and compiles; registration checks the settings.</summary>
    static Result<CheckedDefinition> CheckXlsForm(byte[] content, string fileName)
    {
        var read = XlsFormReader.Read(content, fileName);
        if (!read.Ok) return Fail(read.Problems);
        var settings = new Location(File: fileName, Sheet: XlsFormReader.Settings);
        return Check(read.Value!, QuestionnaireJsonWriter.Write(read.Value!), fileName,
            settings with { Column = XlsFormColumns.Version }, settings with { Column = XlsFormColumns.FormId });
    }

    static Result<CheckedDefinition> Check(QuestionnaireDefinition definition, string json, string fileName, Location versionAt, Location keyAt)
    {
        var problems = new List<Problem>();
        if (definition.Version < 1)
            problems.Add(RegistrationProblems.InvalidVersion(definition.Version, versionAt));
        if (definition.Key.Length > QuestionnaireVersionConfiguration.KeyLength)
            problems.Add(RegistrationProblems.KeyTooLong(definition.Key, QuestionnaireVersionConfiguration.KeyLength, keyAt));
        var compiled = QuestionnaireCompiler.Compile(definition, fileName);
        problems.AddRange(compiled.Problems);
        return problems.Count > 0
            ? Fail(problems)
            : Result<CheckedDefinition>.Success(new CheckedDefinition(compiled.Value!, DefinitionJson.Normalise(json), DefinitionJson.Hash(json), fileName));
    }

    static Result<CheckedDefinition> Fail(Problem problem) => Result<CheckedDefinition>.Failure(problem);

    static Result<CheckedDefinition> Fail(IEnumerable<Problem> problems) => Result<CheckedDefinition>.Failure(problems);
}
