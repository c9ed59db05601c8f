using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Startfoto.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RoundsAndAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "questionnaire_version",
                table: "responses",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "questionnaire_key",
                table: "responses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "gemeente_code",
                table: "responses",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(6)",
                oldMaxLength: 6);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "approved_at",
                table: "responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "approved_by",
                table: "responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "jeugdregio_code",
                table: "responses",
                type: "character varying(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_activity_at",
                table: "responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "last_activity_by",
                table: "responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "prefilled_at",
                table: "responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reopen_reason",
                table: "responses",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "round_id",
                table: "responses",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "responses",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_at",
                table: "responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "submitted_by",
                table: "responses",
                type: "uuid",
                nullable: true);


            migrationBuilder.CreateTable(
                name: "answer_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    old_value = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    new_value = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    old_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    new_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answer_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_answer_changes_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_answer_changes_users_changed_by",
                        column: x => x.changed_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                columns: table => new
                {
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    value = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    prefill_source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    prefill_response_id = table.Column<Guid>(type: "uuid", nullable: true),
                    needs_confirmation = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answers", x => new { x.response_id, x.key });
                    table.ForeignKey(
                        name: "fk_answers_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_answers_users_changed_by",
                        column: x => x.changed_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "response_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_response_events_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_response_events_users_by",
                        column: x => x.by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "response_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    questionnaire_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_response_snapshots_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_response_snapshots_users_submitted_by",
                        column: x => x.submitted_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "scan_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    questionnaire_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    questionnaire_version = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    jeugdregio_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reminder_days = table.Column<int[]>(type: "integer[]", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scan_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_scan_rounds_jeugdregios_year_jeugdregio_code",
                        columns: x => new { x.year, x.jeugdregio_code },
                        principalTable: "jeugdregios",
                        principalColumns: new[] { "year", "code" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_scan_rounds_questionnaire_versions_questionnaire_key_questi",
                        columns: x => new { x.questionnaire_key, x.questionnaire_version },
                        principalTable: "questionnaire_versions",
                        principalColumns: new[] { "key", "version" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_scan_rounds_users_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "section_assignments",
                columns: table => new
                {
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_by = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_section_assignments", x => new { x.response_id, x.section_key });
                    table.ForeignKey(
                        name: "fk_section_assignments_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_section_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_responses_round_id_gemeente_code",
                table: "responses",
                columns: new[] { "round_id", "gemeente_code" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_answer_changes_changed_by",
                table: "answer_changes",
                column: "changed_by");

            migrationBuilder.CreateIndex(
                name: "ix_answer_changes_response_id_key_id",
                table: "answer_changes",
                columns: new[] { "response_id", "key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_answers_changed_by",
                table: "answers",
                column: "changed_by");

            migrationBuilder.CreateIndex(
                name: "ix_response_events_by",
                table: "response_events",
                column: "by");

            migrationBuilder.CreateIndex(
                name: "ix_response_events_response_id_id",
                table: "response_events",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_response_snapshots_response_id_number",
                table: "response_snapshots",
                columns: new[] { "response_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_response_snapshots_submitted_by",
                table: "response_snapshots",
                column: "submitted_by");

            migrationBuilder.CreateIndex(
                name: "ix_scan_rounds_created_by",
                table: "scan_rounds",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ix_scan_rounds_questionnaire_key_questionnaire_version",
                table: "scan_rounds",
                columns: new[] { "questionnaire_key", "questionnaire_version" });

            migrationBuilder.CreateIndex(
                name: "ix_scan_rounds_year_jeugdregio_code",
                table: "scan_rounds",
                columns: new[] { "year", "jeugdregio_code" });

            migrationBuilder.CreateIndex(
                name: "ix_section_assignments_user_id",
                table: "section_assignments",
                column: "user_id");

            migrationBuilder.AddForeignKey(
                name: "fk_responses_gemeenten_year_gemeente_code",
                table: "responses",
                columns: new[] { "year", "gemeente_code" },
                principalTable: "gemeenten",
                principalColumns: new[] { "year", "code" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_responses_scan_rounds_round_id",
                table: "responses",
                column: "round_id",
                principalTable: "scan_rounds",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // The audit trail, the submitted snapshots and the status history are append-only, whatever the application
            // does: PostgreSQL itself refuses to change or remove their rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Table % is append-only: % is not allowed.', TG_TABLE_NAME, TG_OP
                        USING ERRCODE = 'restrict_violation';
                END $$;
                CREATE TRIGGER answer_changes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON answer_changes
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
                CREATE TRIGGER response_snapshots_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON response_snapshots
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
                CREATE TRIGGER response_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON response_events
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION refuse_change_of_history() CASCADE;");

            migrationBuilder.DropForeignKey(
                name: "fk_responses_gemeenten_year_gemeente_code",
                table: "responses");

            migrationBuilder.DropForeignKey(
                name: "fk_responses_scan_rounds_round_id",
                table: "responses");

            migrationBuilder.DropTable(
                name: "answer_changes");

            migrationBuilder.DropTable(
                name: "answers");

            migrationBuilder.DropTable(
                name: "response_events");

            migrationBuilder.DropTable(
                name: "response_snapshots");

            migrationBuilder.DropTable(
                name: "scan_rounds");

            migrationBuilder.DropTable(
                name: "section_assignments");

            migrationBuilder.DropIndex(
                name: "ix_responses_round_id_gemeente_code",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "approved_at",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "approved_by",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "jeugdregio_code",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "last_activity_at",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "last_activity_by",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "prefilled_at",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "reopen_reason",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "round_id",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "status",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "submitted_at",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                table: "responses");


            migrationBuilder.AlterColumn<int>(
                name: "questionnaire_version",
                table: "responses",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "questionnaire_key",
                table: "responses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "gemeente_code",
                table: "responses",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(6)",
                oldMaxLength: 6,
                oldNullable: true);
        }
    }
}
