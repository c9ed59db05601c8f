using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.Gemeenten;

public static class CurrentIndeling
{
    /// <summary>The latest year with an indeling: new invitations and start pages work in that year.</summary>
    public static Task<int?> YearAsync(StartfotoDb db, CancellationToken ct) =>
        db.Gemeenten.MaxAsync(g => (int?)g.Year, ct);
}
