using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IdempotencyRecords_Agencies_AgencyId",
                table: "IdempotencyRecords");

            migrationBuilder.RenameColumn(
                name: "AgencyId",
                table: "IdempotencyRecords",
                newName: "OwnerId");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotencyRecords_AgencyId_Key",
                table: "IdempotencyRecords",
                newName: "IX_IdempotencyRecords_OwnerId_Key");

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Projects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "CapacityBuildingActivities",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "CapacityBuildingActivities",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CapacityBuildingActivities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Agencies",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "RoleCeiling",
                table: "Agencies",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Agencies",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Registry entries keep the access they had; activities are numbered in the order they start.
            migrationBuilder.Sql("UPDATE \"Agencies\" SET \"RoleCeiling\" = 'Cases.Read Cases.ReadIdentity Cases.Write Consent.Manage Projects.Read Projects.ReadFinancials Projects.Write Statistics.Read Audit.Read Hub.Admin', \"ChangedOn\" = strftime('%Y-%m-%d %H:%M:%S', 'now')");
            migrationBuilder.Sql("UPDATE \"Projects\" SET \"ChangedOn\" = strftime('%Y-%m-%d %H:%M:%S', 'now')");
            migrationBuilder.Sql("UPDATE \"CapacityBuildingActivities\" AS a SET \"ChangedOn\" = strftime('%Y-%m-%d %H:%M:%S', 'now'), \"Key\" = printf('CB-%03d', r.n) FROM (SELECT \"Id\", row_number() OVER (PARTITION BY \"ProjectId\" ORDER BY \"StartsOn\", \"Id\") AS n FROM \"CapacityBuildingActivities\") AS r WHERE a.\"Id\" = r.\"Id\"");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityBuildingActivities_ProjectId_Key",
                table: "CapacityBuildingActivities",
                columns: new[] { "ProjectId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CapacityBuildingActivities_ProjectId_Key",
                table: "CapacityBuildingActivities");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "CapacityBuildingActivities");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "CapacityBuildingActivities");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CapacityBuildingActivities");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "RoleCeiling",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Agencies");

            migrationBuilder.RenameColumn(
                name: "OwnerId",
                table: "IdempotencyRecords",
                newName: "AgencyId");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotencyRecords_OwnerId_Key",
                table: "IdempotencyRecords",
                newName: "IX_IdempotencyRecords_AgencyId_Key");

            migrationBuilder.AddForeignKey(
                name: "FK_IdempotencyRecords_Agencies_AgencyId",
                table: "IdempotencyRecords",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
