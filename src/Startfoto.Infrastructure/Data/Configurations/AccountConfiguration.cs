using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Infrastructure.Data.Configurations;

sealed class StartfotoUserConfiguration : IEntityTypeConfiguration<StartfotoUser>
{
    public void Configure(EntityTypeBuilder<StartfotoUser> u)
    {
        u.Property(x => x.DisplayName).HasMaxLength(200);
        u.Property(x => x.GemeenteCode).HasMaxLength(6);
        u.HasIndex(x => x.GemeenteCode);
        u.HasMany(x => x.Jeugdregios).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class RegioadviseurJeugdregioConfiguration : IEntityTypeConfiguration<RegioadviseurJeugdregio>
{
    public void Configure(EntityTypeBuilder<RegioadviseurJeugdregio> r)
    {
        r.HasKey(x => new { x.UserId, x.JeugdregioCode });
        r.Property(x => x.JeugdregioCode).HasMaxLength(4);
    }
}

sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> i)
    {
        i.Property(x => x.Email).HasMaxLength(256);
        i.Property(x => x.DisplayName).HasMaxLength(200);
        i.Property(x => x.Role).HasMaxLength(32);
        i.Property(x => x.GemeenteCode).HasMaxLength(6);
        i.Property(x => x.TokenHash).HasMaxLength(64);
        i.HasIndex(x => x.TokenHash).IsUnique();
        i.HasIndex(x => x.Email);
    }
}
