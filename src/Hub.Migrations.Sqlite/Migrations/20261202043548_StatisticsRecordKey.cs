using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)0);

            // Cases registered before get their record key at random now, as a registration draws it.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"RecordKey\" = abs(random()) % 256");
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
