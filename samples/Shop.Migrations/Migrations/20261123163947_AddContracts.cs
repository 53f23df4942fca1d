using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AddContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    DiscountRate = table.Column<decimal>(type: "TEXT", precision: 4, scale: 3, nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.CheckConstraint("CK_Contracts_DiscountRate_Range", "CAST(\"DiscountRate\" AS NUMERIC) >= 0 AND CAST(\"DiscountRate\" AS NUMERIC) <= 0.25");
                    table.CheckConstraint("CK_Contracts_End_Range", "julianday(\"End\") >= julianday('2019-01-31 00:00:00.000') AND julianday(\"End\") <= julianday('2028-12-31 23:59:59.000')");
                    table.CheckConstraint("CK_Contracts_Start_Range", "julianday(\"Start\") >= julianday('2019-01-01 00:00:00.000') AND julianday(\"Start\") <= julianday('2025-12-31 23:59:59.000')");
                    table.CheckConstraint("CK_Contracts_Value_Range", "CAST(\"Value\" AS NUMERIC) >= 1000 AND CAST(\"Value\" AS NUMERIC) <= 500000");
                    table.ForeignKey(
                        name: "FK_Contracts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Contracts",
                columns: new[] { "Id", "CustomerId", "DiscountRate", "End", "Start", "Value" },
                values: new object[,]
                {
                    { 1, 1, 0.032m, new DateTime(2025, 6, 22, 19, 37, 35, 0, DateTimeKind.Utc), new DateTime(2024, 12, 30, 6, 58, 53, 0, DateTimeKind.Utc), 61210.94m },
                    { 2, 3, 0.044m, new DateTime(2026, 7, 2, 17, 9, 14, 0, DateTimeKind.Utc), new DateTime(2023, 11, 25, 18, 56, 26, 0, DateTimeKind.Utc), 62864.70m },
                    { 3, 5, 0.076m, new DateTime(2026, 6, 5, 12, 35, 34, 0, DateTimeKind.Utc), new DateTime(2024, 10, 8, 6, 33, 35, 0, DateTimeKind.Utc), 360763.09m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerId",
                table: "Contracts",
                column: "CustomerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
