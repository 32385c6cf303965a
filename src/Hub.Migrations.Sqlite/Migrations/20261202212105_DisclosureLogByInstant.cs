using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureLogByInstant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_OccurredAt",
                table: "Disclosures",
                column: "OccurredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Disclosures_OccurredAt",
                table: "Disclosures");
        }
    }
}
