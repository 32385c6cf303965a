using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BeforeJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AfterJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CountryCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgencyTenants",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyTenants", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_AgencyTenants_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CurrentLocation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AgeBracket = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CitizenshipCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    CountryOfIdentificationCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    LabourSector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecruitmentMethod = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecruiterRelation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TraffickingDuration = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CountryOfExploitationCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_OwnerAgencyId",
                        column: x => x.OwnerAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Countries_CitizenshipCode",
                        column: x => x.CitizenshipCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Countries_CountryOfExploitationCode",
                        column: x => x.CountryOfExploitationCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Countries_CountryOfIdentificationCode",
                        column: x => x.CountryOfIdentificationCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeadAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Donor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Focus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetPeopleAssisted = table.Column<int>(type: "integer", nullable: false),
                    TargetPeopleTrained = table.Column<int>(type: "integer", nullable: false),
                    TargetPeopleReached = table.Column<int>(type: "integer", nullable: false),
                    ResultPeopleAssisted = table.Column<int>(type: "integer", nullable: false),
                    ResultPeopleTrained = table.Column<int>(type: "integer", nullable: false),
                    ResultPeopleReached = table.Column<int>(type: "integer", nullable: false),
                    BudgetUsd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.CheckConstraint("CK_Projects_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_Projects_Agencies_LeadAgencyId",
                        column: x => x.LeadAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseExploitationTypes",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExploitationTypes", x => new { x.CaseId, x.Type });
                    table.ForeignKey(
                        name: "FK_CaseExploitationTypes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeansOfControl",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Means = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeansOfControl", x => new { x.CaseId, x.Means });
                    table.ForeignKey(
                        name: "FK_CaseMeansOfControl_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseServices",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Received = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseServices", x => new { x.CaseId, x.Service });
                    table.ForeignKey(
                        name: "FK_CaseServices_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecipientAgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecipientCountryCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    Categories = table.Column<int>(type: "integer", nullable: false),
                    GrantedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InterpreterUsed = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.CheckConstraint("CK_Consents_Categories", "\"Categories\" > 0 AND \"Categories\" < 16");
                    table.CheckConstraint("CK_Consents_Expiry", "\"ExpiresOn\" > \"GrantedOn\"");
                    table.CheckConstraint("CK_Consents_Recipient", "(\"RecipientAgencyId\" IS NOT NULL AND \"RecipientKind\" IS NULL AND \"RecipientCountryCode\" IS NULL) OR (\"RecipientAgencyId\" IS NULL AND \"RecipientKind\" IS NOT NULL AND \"RecipientCountryCode\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Consents_Agencies_RecipientAgencyId",
                        column: x => x.RecipientAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Countries_RecipientCountryCode",
                        column: x => x.RecipientCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CallerIsApp = table.Column<bool>(type: "boolean", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OperationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentHash = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Categories = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapacityBuildingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParticipantsFemale = table.Column<int>(type: "integer", nullable: false),
                    ParticipantsMale = table.Column<int>(type: "integer", nullable: false),
                    ParticipantsOther = table.Column<int>(type: "integer", nullable: false),
                    PartnerAgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    KnowledgeGainPoints = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    ParticipantsCertified = table.Column<int>(type: "integer", nullable: true),
                    ProceduresAdopted = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityBuildingActivities", x => x.Id);
                    table.CheckConstraint("CK_CapacityBuildingActivities_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_CapacityBuildingActivities_Agencies_PartnerAgencyId",
                        column: x => x.PartnerAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CapacityBuildingActivities_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CapacityBuildingActivities_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DonorContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Donor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountUsd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonorContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DonorContributions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCountries",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCountries", x => new { x.ProjectId, x.CountryCode });
                    table.ForeignKey(
                        name: "FK_ProjectCountries_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCountries_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPartners",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPartners", x => new { x.ProjectId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_ProjectPartners_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectPartners_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReferredOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RespondedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.CheckConstraint("CK_Referrals_Parties", "\"FromAgencyId\" <> \"ToAgencyId\"");
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_FromAgencyId",
                        column: x => x.FromAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_ToAgencyId",
                        column: x => x.ToAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralServices",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralServices", x => new { x.ReferralId, x.Service });
                    table.ForeignKey(
                        name: "FK_ReferralServices_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_CountryCode",
                table: "Agencies",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Kind_CountryCode",
                table: "Agencies",
                columns: new[] { "Kind", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyTenants_AgencyId",
                table: "AgencyTenants",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityBuildingActivities_CountryCode_StartsOn",
                table: "CapacityBuildingActivities",
                columns: new[] { "CountryCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityBuildingActivities_PartnerAgencyId",
                table: "CapacityBuildingActivities",
                column: "PartnerAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityBuildingActivities_ProjectId_StartsOn",
                table: "CapacityBuildingActivities",
                columns: new[] { "ProjectId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityBuildingActivities_StartsOn_Id",
                table: "CapacityBuildingActivities",
                columns: new[] { "StartsOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseExploitationTypes_Type",
                table: "CaseExploitationTypes",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeansOfControl_Means",
                table: "CaseMeansOfControl",
                column: "Means");

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_Service_Received",
                table: "CaseServices",
                columns: new[] { "Service", "Received" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CitizenshipCode",
                table: "Cases",
                column: "CitizenshipCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CountryOfExploitationCode",
                table: "Cases",
                column: "CountryOfExploitationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CountryOfIdentificationCode",
                table: "Cases",
                column: "CountryOfIdentificationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerAgencyId_Reference",
                table: "Cases",
                columns: new[] { "OwnerAgencyId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerAgencyId_RegisteredOn_Id",
                table: "Cases",
                columns: new[] { "OwnerAgencyId", "RegisteredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegisteredOn_Id",
                table: "Cases",
                columns: new[] { "RegisteredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CaseId_Purpose",
                table: "Consents",
                columns: new[] { "CaseId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecipientAgencyId_Purpose",
                table: "Consents",
                columns: new[] { "RecipientAgencyId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecipientCountryCode",
                table: "Consents",
                column: "RecipientCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecipientKind_RecipientCountryCode_Purpose",
                table: "Consents",
                columns: new[] { "RecipientKind", "RecipientCountryCode", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_AgencyId_OccurredAt",
                table: "Disclosures",
                columns: new[] { "AgencyId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CaseId_OccurredAt_Id",
                table: "Disclosures",
                columns: new[] { "CaseId", "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DonorContributions_ProjectId_Year",
                table: "DonorContributions",
                columns: new[] { "ProjectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCountries_CountryCode",
                table: "ProjectCountries",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPartners_AgencyId",
                table: "ProjectPartners",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code",
                table: "Projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LeadAgencyId",
                table: "Projects",
                column: "LeadAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_StartsOn_Id",
                table: "Projects",
                columns: new[] { "StartsOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralServices_Service",
                table: "ReferralServices",
                column: "Service");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromAgencyId_ReferredOn_Id",
                table: "Referrals",
                columns: new[] { "FromAgencyId", "ReferredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProjectId",
                table: "Referrals",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferredOn_Id",
                table: "Referrals",
                columns: new[] { "ReferredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToAgencyId_ReferredOn_Id",
                table: "Referrals",
                columns: new[] { "ToAgencyId", "ReferredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyTenants");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CapacityBuildingActivities");

            migrationBuilder.DropTable(
                name: "CaseExploitationTypes");

            migrationBuilder.DropTable(
                name: "CaseMeansOfControl");

            migrationBuilder.DropTable(
                name: "CaseServices");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "DonorContributions");

            migrationBuilder.DropTable(
                name: "ProjectCountries");

            migrationBuilder.DropTable(
                name: "ProjectPartners");

            migrationBuilder.DropTable(
                name: "ReferralServices");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
