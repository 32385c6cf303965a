using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Migrations.PostgreSql.Migrations
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
                type: "smallint",
                nullable: false,
                defaultValue: (byte)0);

            // Cases registered before get their record key at random now, as a registration draws it.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"RecordKey\" = floor(random() * 256)::smallint");
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
