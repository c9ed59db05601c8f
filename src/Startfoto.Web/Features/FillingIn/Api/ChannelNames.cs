using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.FillingIn.Api;

/// <summary>The channel as users name it: formulier, excel, overgenomen, api.</summary>
public static class ChannelNames
{
    public static string Of(AnswerChannel channel) => channel switch
    {
        AnswerChannel.Form => "formulier",
        AnswerChannel.Excel => "excel",
        AnswerChannel.Prefill => "overgenomen",
        _ => "api",
    };
}
