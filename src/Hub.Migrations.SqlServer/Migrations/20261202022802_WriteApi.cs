using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WriteApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Referrals",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "Referrals",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Referrals",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "Referrals",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Assistance");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Referrals",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "Delivered",
                table: "ReferralServices",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedOn",
                table: "Consents",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Consents",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssistanceChangedOn",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedOn",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "DemographicChangedOn",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "IdentityChangedOn",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "TraffickingExperienceChangedOn",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "ActorIsApp",
                table: "AuditEntries",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ChangedFields",
                table: "AuditEntries",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TenantId",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Fingerprint = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcomes = table.Column<string>(type: "nvarchar(max)", maxLength: 1000000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdempotencyRecords_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromAgencyId_ChangedOn",
                table: "Referrals",
                columns: new[] { "FromAgencyId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Open",
                table: "Referrals",
                columns: new[] { "CaseId", "ToAgencyId", "Purpose" },
                unique: true,
                filter: "\"Status\" IN ('Pending', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToAgencyId_ChangedOn",
                table: "Referrals",
                columns: new[] { "ToAgencyId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChangedOn",
                table: "Cases",
                column: "ChangedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerAgencyId_ChangedOn",
                table: "Cases",
                columns: new[] { "OwnerAgencyId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AgencyId_OccurredAt_Id",
                table: "AuditEntries",
                columns: new[] { "AgencyId", "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_AgencyId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "AgencyId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_ExpiresAt",
                table: "IdempotencyRecords",
                column: "ExpiresAt");

            // Rows written before incremental sync existed last changed when they were made.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"ChangedOn\" = \"RegisteredOn\", \"IdentityChangedOn\" = \"RegisteredOn\", \"DemographicChangedOn\" = \"RegisteredOn\", \"TraffickingExperienceChangedOn\" = \"RegisteredOn\", \"AssistanceChangedOn\" = \"RegisteredOn\"");
            migrationBuilder.Sql("UPDATE \"Referrals\" SET \"ChangedOn\" = COALESCE(\"ClosedOn\", \"RespondedOn\", \"ReferredOn\")");
            migrationBuilder.Sql("UPDATE \"Consents\" SET \"RecordedOn\" = \"GrantedOn\"");
            migrationBuilder.Sql("UPDATE \"ReferralServices\" SET \"Delivered\" = 1 WHERE \"ReferralId\" IN (SELECT \"Id\" FROM \"Referrals\" WHERE \"Status\" = 'Completed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_FromAgencyId_ChangedOn",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Open",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ToAgencyId_ChangedOn",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ChangedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OwnerAgencyId_ChangedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AgencyId_OccurredAt_Id",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Delivered",
                table: "ReferralServices");

            migrationBuilder.DropColumn(
                name: "RecordedOn",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "AssistanceChangedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DemographicChangedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IdentityChangedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TraffickingExperienceChangedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ActorIsApp",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChangedFields",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AuditEntries");
        }
    }
}
