using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false),
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
            // that makes it, whatever statement makes it. CREATE TRIGGER must begin a batch: EXEC
            // makes it one inside the idempotent script's IF blocks too.
            foreach (var table in GuardedTables)
            {
                migrationBuilder.Sql($"""
                    EXEC(N'CREATE TRIGGER [{table}_AccessRulesChanged] ON [{table}] AFTER INSERT, UPDATE, DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        UPDATE [AccessRules] SET [Version] = [Version] + 1 WHERE [Id] = 1;
                    END');
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in GuardedTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER [{table}_AccessRulesChanged];");
            }

            migrationBuilder.DropTable(
                name: "AccessRules");
        }
    }
}
