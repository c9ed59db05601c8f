using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Startfoto.Infrastructure.Identity;

namespace Startfoto.Infrastructure.Data.Configurations;

sealed class ScanRoundConfiguration : IEntityTypeConfiguration<ScanRound>
{
    public const int TitleLength = 200;

    public void Configure(EntityTypeBuilder<ScanRound> r)
    {
        r.Property(x => x.Title).HasMaxLength(TitleLength);
        r.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        r.Property(x => x.JeugdregioCode).HasMaxLength(4);
        r.HasIndex(x => new { x.Year, x.JeugdregioCode });
        // A version with rounds may not change or disappear: its rounds point at it.
        r.HasOne<QuestionnaireVersion>().WithMany()
            .HasForeignKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion }).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Jeugdregio>().WithMany()
            .HasForeignKey(x => new { x.Year, x.JeugdregioCode }).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        r.HasMany(x => x.Responses).WithOne(x => x.Round).HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> r)
    {
        r.Property(x => x.GemeenteCode).HasMaxLength(6);
        r.Property(x => x.JeugdregioCode).HasMaxLength(4);
        r.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        r.Property(x => x.ReopenReason).HasMaxLength(Startfoto.Domain.Responses.ResponseLifecycle.MaxReasonLength);
        r.Property(x => x.Version).IsRowVersion();
        r.HasIndex(x => new { x.Year, x.GemeenteCode });
        r.HasIndex(x => new { x.RoundId, x.GemeenteCode }).IsUnique().AreNullsDistinct(false);
        r.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        // A version with responses may not change or disappear: the responses point at it.
        r.HasOne<QuestionnaireVersion>().WithMany()
            .HasForeignKey(x => new { x.QuestionnaireKey, x.QuestionnaireVersion }).OnDelete(DeleteBehavior.Restrict);
        // A gemeente with responses may not leave its year's indeling (the import checks and says so first).
        r.HasOne<Gemeente>().WithMany()
            .HasForeignKey(x => new { x.Year, x.GemeenteCode }).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> a)
    {
        a.HasKey(x => new { x.ResponseId, x.Key });
        a.Property(x => x.Key).HasMaxLength(AnswerLimits.KeyLength);
        a.Property(x => x.Value).HasMaxLength(AnswerLimits.ValueLength);
        a.Property(x => x.Comment).HasMaxLength(AnswerLimits.CommentLength);
        a.Property(x => x.PrefillSource).HasMaxLength(200);
        a.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        a.Property(x => x.Version).IsRowVersion();
        a.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.ChangedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class AnswerChangeConfiguration : IEntityTypeConfiguration<AnswerChange>
{
    public void Configure(EntityTypeBuilder<AnswerChange> c)
    {
        c.Property(x => x.Key).HasMaxLength(AnswerLimits.KeyLength);
        c.Property(x => x.OldValue).HasMaxLength(AnswerLimits.ValueLength);
        c.Property(x => x.NewValue).HasMaxLength(AnswerLimits.ValueLength);
        c.Property(x => x.OldComment).HasMaxLength(AnswerLimits.CommentLength);
        c.Property(x => x.NewComment).HasMaxLength(AnswerLimits.CommentLength);
        c.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        c.HasIndex(x => new { x.ResponseId, x.Key, x.Id });
        c.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.ChangedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class ResponseSnapshotConfiguration : IEntityTypeConfiguration<ResponseSnapshot>
{
    public void Configure(EntityTypeBuilder<ResponseSnapshot> s)
    {
        s.Property(x => x.QuestionnaireKey).HasMaxLength(QuestionnaireVersionConfiguration.KeyLength);
        s.Property(x => x.Answers).HasColumnType("jsonb");
        s.HasIndex(x => new { x.ResponseId, x.Number }).IsUnique();
        s.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        s.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.SubmittedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class ResponseEventConfiguration : IEntityTypeConfiguration<ResponseEvent>
{
    public void Configure(EntityTypeBuilder<ResponseEvent> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(Startfoto.Domain.Responses.ResponseLifecycle.MaxReasonLength);
        e.HasIndex(x => new { x.ResponseId, x.Id });
        e.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.By).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class SectionAssignmentConfiguration : IEntityTypeConfiguration<SectionAssignment>
{
    public void Configure(EntityTypeBuilder<SectionAssignment> s)
    {
        s.HasKey(x => new { x.ResponseId, x.SectionKey });
        s.Property(x => x.SectionKey).HasMaxLength(AnswerLimits.KeyLength);
        s.HasOne<Response>().WithMany().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
        s.HasOne<StartfotoUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
