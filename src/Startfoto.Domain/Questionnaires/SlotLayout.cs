using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// Numbers the answerable keys: the questions in order (a matrix as one slot per row), then the conversation fields
/// (per theme, then general). A key is laid out once; a repeat is a problem (Q007) that StructureCheck already
/// reports for plain questions and this reports for rows and conversation fields.
/// </summary>
internal static class SlotLayout
{
    public static List<AnswerSlot> Of(QuestionnaireDefinition definition, string file, List<Problem> problems)
    {
        var slots = new List<AnswerSlot>();
        var taken = new Dictionary<string, AnswerSlot>(StringComparer.Ordinal);

        void Add(string key, Question question, AnswerType type, string? section, MatrixRow? row = null, bool conversation = false)
        {
            if (taken.TryGetValue(key, out var first))
            {
                var reported = first.Row is null && row is null && !first.IsConversation && !conversation;
                if (!reported) problems.Add(QuestionnaireProblems.DuplicateKey(key, new Location(File: file, Key: question.Key)));
                return;
            }
            var slot = new AnswerSlot(key, slots.Count, question, type, section, row, conversation);
            taken.Add(key, slot);
            slots.Add(slot);
        }

        foreach (var section in definition.Sections)
        {
            foreach (var question in section.Questions)
            {
                if (question.Type != QuestionType.Matrix) Add(question.Key, question, AnswerSlot.TypeOf(question), section.Key);
                else foreach (var row in question.Rows) Add($"{question.Key}.{row.Key}", question, AnswerType.SelectOne, section.Key, row);
            }
        }
        foreach (var theme in definition.Themes)
        {
            foreach (var field in definition.Conversation.PerTheme)
                Add(ConversationFields.PerThemeKey(theme.Key, field.Key), field, AnswerSlot.TypeOf(field), null, conversation: true);
        }
        foreach (var field in definition.Conversation.General)
            Add(ConversationFields.GeneralKey(field.Key), field, AnswerSlot.TypeOf(field), null, conversation: true);
        return slots;
    }
}
