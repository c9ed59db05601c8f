using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Startfoto.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ScoresAndRuleVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scoring_rules_versions",
                columns: table => new
                {
                    questionnaire_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    rules_version = table.Column<int>(type: "integer", nullable: false),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scoring_rules_versions", x => new { x.questionnaire_key, x.questionnaire_version, x.rules_version });
                    table.ForeignKey(
                        name: "fk_scoring_rules_versions_questionnaire_versions_questionnaire",
                        columns: x => new { x.questionnaire_key, x.questionnaire_version },
                        principalTable: "questionnaire_versions",
                        principalColumns: new[] { "key", "version" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_scoring_rules_versions_users_published_by",
                        column: x => x.published_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "response_scores",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    questionnaire_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    rules_version = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: false),
                    tier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_response_scores_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_response_scores_scoring_rules_versions_questionnaire_key_qu",
                        columns: x => new { x.questionnaire_key, x.questionnaire_version, x.rules_version },
                        principalTable: "scoring_rules_versions",
                        principalColumns: new[] { "questionnaire_key", "questionnaire_version", "rules_version" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "score_recomputations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    questionnaire_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    rules_version = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<Guid>(type: "uuid", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_recomputations", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_recomputations_scoring_rules_versions_questionnaire_k",
                        columns: x => new { x.questionnaire_key, x.questionnaire_version, x.rules_version },
                        principalTable: "scoring_rules_versions",
                        principalColumns: new[] { "questionnaire_key", "questionnaire_version", "rules_version" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_score_recomputations_users_started_by",
                        column: x => x.started_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "tier_overrides",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score_id = table.Column<long>(type: "bigint", nullable: false),
                    from_tier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    to_tier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_overrides", x => x.id);
                    table.ForeignKey(
                        name: "fk_tier_overrides_response_scores_score_id",
                        column: x => x.score_id,
                        principalTable: "response_scores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tier_overrides_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tier_overrides_users_by",
                        column: x => x.by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_response_scores_questionnaire_key_questionnaire_version_rul",
                table: "response_scores",
                columns: new[] { "questionnaire_key", "questionnaire_version", "rules_version" });

            migrationBuilder.CreateIndex(
                name: "ix_response_scores_response_id_id",
                table: "response_scores",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_score_recomputations_questionnaire_key_questionnaire_versio",
                table: "score_recomputations",
                columns: new[] { "questionnaire_key", "questionnaire_version", "rules_version" });

            migrationBuilder.CreateIndex(
                name: "ix_score_recomputations_questionnaire_key_questionnaire_versio1",
                table: "score_recomputations",
                columns: new[] { "questionnaire_key", "questionnaire_version", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_score_recomputations_started_by",
                table: "score_recomputations",
                column: "started_by");

            migrationBuilder.CreateIndex(
                name: "ix_scoring_rules_versions_published_by",
                table: "scoring_rules_versions",
                column: "published_by");

            migrationBuilder.CreateIndex(
                name: "ix_tier_overrides_by",
                table: "tier_overrides",
                column: "by");

            migrationBuilder.CreateIndex(
                name: "ix_tier_overrides_response_id_id",
                table: "tier_overrides",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tier_overrides_score_id",
                table: "tier_overrides",
                column: "score_id");

            // Results and overrides are history, like the audit trail: PostgreSQL itself refuses to change or remove them.
            migrationBuilder.Sql("""
                CREATE TRIGGER response_scores_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON response_scores
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
                CREATE TRIGGER tier_overrides_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON tier_overrides
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_recomputations");

            migrationBuilder.DropTable(
                name: "tier_overrides");

            migrationBuilder.DropTable(
                name: "response_scores");

            migrationBuilder.DropTable(
                name: "scoring_rules_versions");
        }
    }
}
