using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Infrastructure.Data.Configurations;

sealed class QuestionnaireVersionConfiguration : IEntityTypeConfiguration<QuestionnaireVersion>
{
    public const int KeyLength = 100;

    public void Configure(EntityTypeBuilder<QuestionnaireVersion> v)
    {
        // (key, version) is what files, responses and URLs name a version by: the primary key, so unique.
        v.HasKey(x => new { x.Key, x.Version });
        v.Property(x => x.Key).HasMaxLength(KeyLength);
        v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        v.Property(x => x.Level).HasConversion<string>().HasMaxLength(32);
        v.Property(x => x.Definition).HasColumnType("jsonb");
        v.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
        v.Property(x => x.Source).HasMaxLength(16);
        v.Property(x => x.FileName).HasMaxLength(260);
        v.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.RegisteredBy).OnDelete(DeleteBehavior.SetNull);
    }
}
