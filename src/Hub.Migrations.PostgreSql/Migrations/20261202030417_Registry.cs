using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Projects",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "CapacityBuildingActivities",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "CapacityBuildingActivities",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CapacityBuildingActivities",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Agencies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "RoleCeiling",
                table: "Agencies",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Agencies",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Agencies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Registry entries keep the access they had; activities are numbered in the order they start.
            migrationBuilder.Sql("UPDATE \"Agencies\" SET \"RoleCeiling\" = 'Cases.Read Cases.ReadIdentity Cases.Write Consent.Manage Projects.Read Projects.ReadFinancials Projects.Write Statistics.Read Audit.Read Hub.Admin', \"ChangedOn\" = now()");
            migrationBuilder.Sql("UPDATE \"Projects\" SET \"ChangedOn\" = now()");
            migrationBuilder.Sql("UPDATE \"CapacityBuildingActivities\" AS a SET \"ChangedOn\" = now(), \"Key\" = 'CB-' || lpad(r.n::text, 3, '0') FROM (SELECT \"Id\", row_number() OVER (PARTITION BY \"ProjectId\" ORDER BY \"StartsOn\", \"Id\") AS n FROM \"CapacityBuildingActivities\") AS r WHERE a.\"Id\" = r.\"Id\"");

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
