using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureLogWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Disclosures_Agencies_AgencyId",
                table: "Disclosures");

            migrationBuilder.DropForeignKey(
                name: "FK_Disclosures_Cases_CaseId",
                table: "Disclosures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_Disclosures_Agencies_AgencyId",
                table: "Disclosures",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Disclosures_Cases_CaseId",
                table: "Disclosures",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
