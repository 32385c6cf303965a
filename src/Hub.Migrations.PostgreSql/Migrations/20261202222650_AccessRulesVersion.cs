using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AccessRulesVersion : Migration
    {
        private static readonly string[] GuardedTables = ["Consents", "Referrals", "Agencies", "AgencyTenants"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRules", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AccessRules",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // Every change to what decides who sees a case moves the version, in the transaction
            // that makes it, whatever statement makes it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AccessRulesChanged"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "AccessRules" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in GuardedTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_AccessRulesChanged" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AccessRulesChanged"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in GuardedTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_AccessRulesChanged" ON "{table}";""");
            }

            migrationBuilder.Sql("""DROP FUNCTION "AccessRulesChanged"();""");
            migrationBuilder.DropTable(
                name: "AccessRules");
        }
    }
}
