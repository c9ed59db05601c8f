using Startfoto.Domain.Expressions;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>What a raw input from the browser's copy means as an answer, read exactly as the form's inputs read it.</summary>
public static class PendingEdits
{
    public static Value ValueOf(PendingEdit edit) => edit.Kind switch
    {
        "number" => NumberText.Parse(edit.Raw),
        "date" => AnswerValues.FromDateText(edit.Raw),
        _ => AnswerValues.FromText(edit.Raw),
    };
}
