using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Startfoto.Infrastructure.Data.Configurations;

sealed class JeugdregioConfiguration : IEntityTypeConfiguration<Jeugdregio>
{
    public void Configure(EntityTypeBuilder<Jeugdregio> r)
    {
        r.HasKey(x => new { x.Year, x.Code });
        r.Property(x => x.Code).HasMaxLength(4);
        r.Property(x => x.Name).HasMaxLength(200);
        r.HasMany(x => x.Gemeenten).WithOne(g => g.Jeugdregio)
            .HasForeignKey(g => new { g.Year, g.JeugdregioCode }).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> g)
    {
        g.HasKey(x => new { x.Year, x.Code });
        g.Property(x => x.Code).HasMaxLength(6);
        g.Property(x => x.Name).HasMaxLength(200);
        g.Property(x => x.JeugdregioCode).HasMaxLength(4);
        g.Property(x => x.ProvincieCode).HasMaxLength(4);
        g.Property(x => x.ProvincieName).HasMaxLength(200);
        g.HasIndex(x => new { x.Year, x.JeugdregioCode });
    }
}
