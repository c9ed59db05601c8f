using System.Collections.Immutable;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.Registration;

/// <summary>A file in the questionnaires folder that was not activated, with every problem in it.</summary>
public sealed record FileProblems(string File, ImmutableArray<Problem> Problems);
