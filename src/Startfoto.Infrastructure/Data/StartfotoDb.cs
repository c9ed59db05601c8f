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
    public DbSet<ScanRound> ScanRounds => Set<ScanRound>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<AnswerChange> AnswerChanges => Set<AnswerChange>();
    public DbSet<ResponseSnapshot> ResponseSnapshots => Set<ResponseSnapshot>();
    public DbSet<ResponseEvent> ResponseEvents => Set<ResponseEvent>();
    public DbSet<SectionAssignment> SectionAssignments => Set<SectionAssignment>();
    public DbSet<QuestionnaireVersion> QuestionnaireVersions => Set<QuestionnaireVersion>();
    public DbSet<ScoringRulesVersion> ScoringRulesVersions => Set<ScoringRulesVersion>();
    public DbSet<ResponseScore> ResponseScores => Set<ResponseScore>();
    public DbSet<TierOverride> TierOverrides => Set<TierOverride>();
    public DbSet<ScoreRecomputation> ScoreRecomputations => Set<ScoreRecomputation>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<RegioadviseurJeugdregio> RegioadviseurJeugdregios => Set<RegioadviseurJeugdregio>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables itself ("AspNetUsers"); give them the snake_case names of the rest.
        builder.Entity<StartfotoUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(StartfotoDb).Assembly);
    }
}
