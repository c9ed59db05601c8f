using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires.Versions;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires.Versions;

public sealed class VersionChangeTests
{
    static readonly Questionnaire Old = Compiled("""
        { "key": "blijft", "type": "shortText", "label": "Blijft" },
        { "key": "keuze", "type": "singleChoice", "label": "Keuze", "options": [ { "value": "a", "label": "A" }, { "value": "b", "label": "B" }, { "value": "c", "label": "C" } ] },
        { "key": "multi", "type": "multipleChoice", "label": "Multi", "options": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" } ] },
        { "key": "aantal", "type": "number", "label": "Aantal", "notApplicable": true },
        { "key": "getal", "type": "number", "label": "Getal" },
        { "key": "wordt_tekst", "type": "number", "label": "Was getal" },
        { "key": "weg", "type": "shortText", "label": "Vervalt" },
        { "key": "m", "type": "matrix", "label": "Matrix", "options": "jn", "rows": [ { "key": "r1", "label": "R1" }, { "key": "r2", "label": "R2" } ] },
        { "key": "som", "type": "calculated", "calculation": "${getal} + 1" }
        """);

    static readonly Questionnaire New = Compiled("""
        { "key": "nieuw", "type": "shortText", "label": "Nieuw" },
        { "key": "blijft", "type": "longText", "label": "Blijft, nu lang" },
        { "key": "keuze", "type": "maturity", "label": "Keuze", "options": [ { "value": "a", "label": "A" }, { "value": "c", "label": "C" }, { "value": "d", "label": "D" } ] },
        { "key": "multi", "type": "multipleChoice", "label": "Multi", "options": [ { "value": "x", "label": "X" } ] },
        { "key": "aantal", "type": "number", "label": "Aantal" },
        { "key": "getal", "type": "number", "label": "Getal", "decimals": 1 },
        { "key": "wordt_tekst", "type": "shortText", "label": "Nu tekst" },
        { "key": "m", "type": "matrix", "label": "Matrix", "options": "jn", "rows": [ { "key": "r1", "label": "R1" } ] },
        { "key": "som", "type": "calculated", "calculation": "${getal} * 2" }
        """);

    static readonly VersionChange Change = VersionChange.Between(Old, New);

    [Theory]
    [InlineData("blijft", SlotChangeKind.Kept)]          // shortText → longText: both text
    [InlineData("getal", SlotChangeKind.Kept)]           // integer → decimal: every whole number is a decimal
    [InlineData("som", SlotChangeKind.Kept)]
    [InlineData("m.r1", SlotChangeKind.Kept)]
    [InlineData("keuze", SlotChangeKind.OptionsRemoved)] // singleChoice → maturity: both one option, 'b' gone
    [InlineData("multi", SlotChangeKind.OptionsRemoved)]
    [InlineData("aantal", SlotChangeKind.OptionsRemoved)] // n.v.t. no longer offered
    [InlineData("wordt_tekst", SlotChangeKind.TypeChanged)]
    [InlineData("weg", SlotChangeKind.Removed)]
    [InlineData("m.r2", SlotChangeKind.Removed)]
    [InlineData("nieuw", SlotChangeKind.Added)]
    public void Each_key_is_classified_by_type_and_options(string key, SlotChangeKind kind) =>
        Assert.Equal(kind, Change.Find(key)!.Kind);

    [Fact]
    public void Every_key_of_either_version_appears_once()
    {
        var keys = Old.Slots.Select(s => s.Key).Union(New.Slots.Select(s => s.Key)).Order().ToList();

        Assert.Equal(keys, Change.Slots.Select(s => s.Key).Order().ToList());
    }

    [Fact]
    public void Removed_and_added_option_values_are_listed()
    {
        var keuze = Change.Find("keuze")!;

        Assert.Equal(["b"], keuze.RemovedValues.ToArray());
        Assert.Equal(["d"], keuze.AddedValues.ToArray());
        Assert.Equal([Question.NotApplicableValue], Change.Find("aantal")!.RemovedValues.ToArray());
    }

    [Fact]
    public void A_removed_matrix_row_is_labelled_with_its_question_and_row() =>
        Assert.Equal("Matrix – R2", Change.Find("m.r2")!.Label);

    [Fact]
    public void Drafts_move_by_key_and_the_rest_is_set_aside_with_its_reason()
    {
        var plan = Change.Plan(new Dictionary<string, Value>
        {
            ["blijft"] = Value.String("tekst"),
            ["keuze"] = Value.String("a"),
            ["multi"] = Value.String("x y"),
            ["aantal"] = Value.Number(4),
            ["getal"] = Value.Number(7),
            ["wordt_tekst"] = Value.Number(12),
            ["weg"] = Value.String("blijft bewaard"),
            ["m.r1"] = Value.String("ja"),
            ["m.r2"] = Value.String("nee"),
            ["onbekend"] = Value.String("?"),
            ["nieuw"] = Value.Empty,
        });

        Assert.Equal(["blijft", "keuze", "aantal", "getal", "m.r1"], plan.Moves.Select(m => m.Key));
        Assert.Equal(Value.Number(7), plan.Moves.Single(m => m.Key == "getal").Value);
        Assert.Equal(
            [("multi", SetAsideReason.OptionRemoved), ("wordt_tekst", SetAsideReason.TypeChanged), ("weg", SetAsideReason.QuestionRemoved),
             ("m.r2", SetAsideReason.QuestionRemoved), ("onbekend", SetAsideReason.NotInOldVersion)],
            plan.SetAside.Select(a => (a.Key, a.Reason)));
        Assert.Equal(["y"], plan.SetAside.Single(a => a.Key == "multi").RemovedValues.ToArray());
        Assert.Equal(Value.String("blijft bewaard"), plan.SetAside.Single(a => a.Key == "weg").Value);
    }

    [Theory]
    [InlineData("keuze", "b", false)]
    [InlineData("keuze", "c", true)]
    [InlineData("multi", "x", true)]
    [InlineData("multi", "y x", false)]
    [InlineData("aantal", "nvt", false)]
    public void An_answer_moves_only_when_none_of_its_values_is_removed(string key, string answer, bool moves)
    {
        var plan = Change.Plan([KeyValuePair.Create(key, Value.String(answer))]);

        Assert.Equal(moves, plan.Moves.Length == 1);
        Assert.Equal(moves, plan.SetAside.IsEmpty);
    }

    [Fact]
    public void No_answer_is_lost_or_lands_under_another_key()
    {
        var drafts = Old.Slots.Where(s => !s.IsCalculated)
            .Select(s => KeyValuePair.Create(s.Key, s.IsChoice ? Value.String(s.AllowedValues[^1]) : Value.Number(1))).ToList();

        var plan = Change.Plan(drafts);

        Assert.Equal(drafts.Count, plan.Moves.Length + plan.SetAside.Length);
        Assert.All(plan.Moves, m => Assert.Equal(drafts.Single(d => d.Key == m.Key).Value, m.Value));
        Assert.All(plan.SetAside, a => Assert.Equal(drafts.Single(d => d.Key == a.Key).Value, a.Value));
    }

    [Fact]
    public void A_calculated_value_is_recomputed_not_moved() =>
        Assert.True(Change.Plan([KeyValuePair.Create("som", Value.Number(8))]) is { Moves.IsEmpty: true, SetAside.IsEmpty: true });

    [Fact]
    public void The_same_version_against_itself_keeps_every_key()
    {
        var shipped = Shipped("startfoto.json");

        var change = VersionChange.Between(shipped, shipped);

        Assert.All(change.Slots, s => Assert.Equal(SlotChangeKind.Kept, s.Kind));
        Assert.Equal(shipped.Slots.Length, change.Slots.Length);
    }
}
