using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Startfoto.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class QuestionnaireVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "questionnaire_key",
                table: "responses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "questionnaire_version",
                table: "responses",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "questionnaire_versions",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_questionnaire_versions", x => new { x.key, x.version });
                    table.ForeignKey(
                        name: "fk_questionnaire_versions_users_registered_by",
                        column: x => x.registered_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_responses_questionnaire_key_questionnaire_version",
                table: "responses",
                columns: new[] { "questionnaire_key", "questionnaire_version" });

            migrationBuilder.CreateIndex(
                name: "ix_questionnaire_versions_registered_by",
                table: "questionnaire_versions",
                column: "registered_by");

            migrationBuilder.AddForeignKey(
                name: "fk_responses_questionnaire_versions_questionnaire_key_question",
                table: "responses",
                columns: new[] { "questionnaire_key", "questionnaire_version" },
                principalTable: "questionnaire_versions",
                principalColumns: new[] { "key", "version" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_responses_questionnaire_versions_questionnaire_key_question",
                table: "responses");

            migrationBuilder.DropTable(
                name: "questionnaire_versions");

            migrationBuilder.DropIndex(
                name: "ix_responses_questionnaire_key_questionnaire_version",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "questionnaire_key",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "questionnaire_version",
                table: "responses");
        }
    }
}
