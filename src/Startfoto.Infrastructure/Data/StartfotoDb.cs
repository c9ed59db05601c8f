using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Infrastructure.Data;

public sealed class StartfotoDb(DbContextOptions<StartfotoDb> options)
    : IdentityDbContext<StartfotoUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Jeugdregio> Jeugdregios => Set<Jeugdregio>();
    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<RegioadviseurJeugdregio> RegioadviseurJeugdregios => Set<RegioadviseurJeugdregio>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StartfotoDb).Assembly);
    }
}
