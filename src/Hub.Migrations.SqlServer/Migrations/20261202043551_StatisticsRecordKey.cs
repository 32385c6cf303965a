using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsRecordKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte>(
                name: "RecordKey",
                table: "Cases",
                type: "tinyint",
                nullable: false,
                defaultValue: (byte)0);

            // Cases registered before get their record key at random now, as a registration draws it.
            migrationBuilder.Sql("UPDATE [Cases] SET [RecordKey] = ABS(CHECKSUM(NEWID()) % 256)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "Cases");
        }
    }
}
