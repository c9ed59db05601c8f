using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Infrastructure.Data.Configurations;

sealed class ScoringRulesVersionConfiguration : IEntityTypeConfiguration<ScoringRulesVersion>
{
    public void Configure(EntityTypeBuilder<ScoringRulesVersion> v)
    {
        v.HasKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion, x.RulesVersion });
        v.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        v.Property(x => x.Rules).HasColumnType("jsonb");
        v.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
        v.Property(x => x.Source).HasMaxLength(16);
        v.HasOne<QuestionnaireVersion>().WithMany()
            .HasForeignKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion }).OnDelete(DeleteBehavior.Restrict);
        v.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.PublishedBy).OnDelete(DeleteBehavior.SetNull);
    }
}

sealed class ResponseScoreConfiguration : IEntityTypeConfiguration<ResponseScore>
{
    public void Configure(EntityTypeBuilder<ResponseScore> s)
    {
        s.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        s.Property(x => x.Trigger).HasMaxLength(16);
        s.Property(x => x.Result).HasColumnType("jsonb");
        s.Property(x => x.Tier).HasMaxLength(ScoreLimits.TierLength);
        s.HasIndex(x => new { x.ResponseId, x.Id });
        s.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        // A result names the rules it was computed with; rules versions are never removed.
        s.HasOne<ScoringRulesVersion>().WithMany()
            .HasForeignKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion, x.RulesVersion }).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class TierOverrideConfiguration : IEntityTypeConfiguration<TierOverride>
{
    public void Configure(EntityTypeBuilder<TierOverride> o)
    {
        o.Property(x => x.FromTier).HasMaxLength(ScoreLimits.TierLength);
        o.Property(x => x.ToTier).HasMaxLength(ScoreLimits.TierLength);
        o.Property(x => x.Motivation).HasMaxLength(ScoreLimits.MotivationLength);
        o.HasIndex(x => new { x.ResponseId, x.Id });
        o.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        o.HasOne<ResponseScore>().WithMany().HasForeignKey(x => x.ScoreId).OnDelete(DeleteBehavior.Restrict);
        o.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.By).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class ScoreRecomputationConfiguration : IEntityTypeConfiguration<ScoreRecomputation>
{
    public void Configure(EntityTypeBuilder<ScoreRecomputation> r)
    {
        r.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        r.Property(x => x.Note).HasMaxLength(500);
        r.HasIndex(x => new { x.QuestionnaireKey, x.QuestionnaireVersion, x.StartedAt });
        r.HasOne<ScoringRulesVersion>().WithMany()
            .HasForeignKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion, x.RulesVersion }).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.StartedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
