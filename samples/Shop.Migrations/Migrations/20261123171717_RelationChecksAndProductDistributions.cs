using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RelationChecksAndProductDistributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 140, 4.706m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 254, 1.483m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 3,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 278, 0.359m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 4,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 243, 1.154m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 5,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 73, 5.399m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 6,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 273, 0.963m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 7,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 256, 1.396m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 8,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 206, 2.705m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 9,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 163, 4.033m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 10,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 322, 0.180m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 11,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 181, 6.839m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 12,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 102, 11.590m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 13,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 85, 4.015m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 14,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 227, 1.601m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 15,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 142, 0.824m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 16,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 197, 1.067m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 17,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 154, 3.131m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 18,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 171, 0.706m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 19,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 212, 0.492m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 20,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 214, 2.118m });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Products_UnitCost_LessThan_UnitPrice",
                table: "Products",
                sql: "CAST(ROUND(CAST(\"UnitCost\" AS NUMERIC) * 100) AS INTEGER) < CAST(ROUND(CAST(\"UnitPrice\" AS NUMERIC) * 100) AS INTEGER)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Invariant1",
                table: "Contracts",
                sql: "(1000000 * CAST(ROUND(CAST(\"DiscountRate\" AS NUMERIC) * 1000) AS INTEGER) >= CAST(ROUND(CAST(\"Value\" AS NUMERIC) * 100) AS INTEGER)) AND (250000 * CAST(ROUND(CAST(\"DiscountRate\" AS NUMERIC) * 1000) AS INTEGER) <= CAST(ROUND(CAST(\"Value\" AS NUMERIC) * 100) AS INTEGER) + 5000000)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Invariant2",
                table: "Contracts",
                sql: "(CAST(ROUND(julianday(\"End\") * 86400000) AS INTEGER) >= CAST(ROUND(julianday(\"Start\") * 86400000) AS INTEGER) + 2592000000) AND (CAST(ROUND(julianday(\"End\") * 86400000) AS INTEGER) <= CAST(ROUND(julianday(\"Start\") * 86400000) AS INTEGER) + 94608000000)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Products_UnitCost_LessThan_UnitPrice",
                table: "Products");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Invariant1",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Invariant2",
                table: "Contracts");

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 229, 35.136m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 367, 18.159m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 3,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 245, 1.847m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 4,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 309, 13.869m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 5,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 84, 36.262m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 6,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 359, 11.042m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 7,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 364, 17.101m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 8,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 328, 28.376m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 9,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 269, 33.610m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 10,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 267, 0.322m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 11,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 377, 37.732m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 12,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 246, 39.404m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 13,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 82, 33.561m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 14,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 311, 19.508m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 15,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 52, 8.854m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 16,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 180, 12.604m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 17,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 212, 30.497m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 18,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 83, 6.965m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 19,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 125, 3.628m });

            migrationBuilder.UpdateData(
                table: "Products",
                keyColumn: "Id",
                keyValue: 20,
                columns: new[] { "StockQuantity", "WeightKg" },
                values: new object[] { 315, 24.412m });
        }
    }
}
