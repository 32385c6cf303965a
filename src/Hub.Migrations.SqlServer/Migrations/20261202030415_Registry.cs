using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.SqlServer.Migrations
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
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Projects",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "CapacityBuildingActivities",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "CapacityBuildingActivities",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CapacityBuildingActivities",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Agencies",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "RoleCeiling",
                table: "Agencies",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Agencies",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Agencies",
                type: "int",
                nullable: false,
                defaultValue: 1);

            // Registry entries keep the access they had; activities are numbered in the order they start.
            migrationBuilder.Sql("UPDATE [Agencies] SET [RoleCeiling] = N'Cases.Read Cases.ReadIdentity Cases.Write Consent.Manage Projects.Read Projects.ReadFinancials Projects.Write Statistics.Read Audit.Read Hub.Admin', [ChangedOn] = SYSUTCDATETIME()");
            migrationBuilder.Sql("UPDATE [Projects] SET [ChangedOn] = SYSUTCDATETIME()");
            migrationBuilder.Sql("UPDATE a SET [ChangedOn] = SYSUTCDATETIME(), [Key] = CONCAT(N'CB-', RIGHT(CONCAT(N'00', r.n), CASE WHEN r.n > 999 THEN LEN(r.n) ELSE 3 END)) FROM [CapacityBuildingActivities] AS a JOIN (SELECT [Id], ROW_NUMBER() OVER (PARTITION BY [ProjectId] ORDER BY [StartsOn], [Id]) AS n FROM [CapacityBuildingActivities]) AS r ON a.[Id] = r.[Id]");

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
