using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Street = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ZipCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MarketingOptIn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                    table.CheckConstraint("CK_Customers_City_Length", "length(\"City\") <= 80");
                    table.CheckConstraint("CK_Customers_Country_Length", "length(\"Country\") <= 80");
                    table.CheckConstraint("CK_Customers_DateOfBirth_Range", "julianday(\"DateOfBirth\") >= julianday('1940-01-01') AND julianday(\"DateOfBirth\") <= julianday('2007-12-31')");
                    table.CheckConstraint("CK_Customers_Email_Length", "length(\"Email\") <= 254");
                    table.CheckConstraint("CK_Customers_FirstName_Length", "length(\"FirstName\") <= 50");
                    table.CheckConstraint("CK_Customers_LastName_Length", "length(\"LastName\") <= 50");
                    table.CheckConstraint("CK_Customers_Phone_Length", "length(\"Phone\") <= 32");
                    table.CheckConstraint("CK_Customers_RegisteredAt_Range", "julianday(\"RegisteredAt\") >= julianday('2019-01-01 00:00:00.000') AND julianday(\"RegisteredAt\") <= julianday('2025-06-30 23:59:59.000')");
                    table.CheckConstraint("CK_Customers_Street_Length", "length(\"Street\") <= 120");
                    table.CheckConstraint("CK_Customers_ZipCode_Length", "length(\"ZipCode\") <= 16");
                });

            migrationBuilder.CreateTable(
                name: "Products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sku = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCost = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 8, scale: 3, nullable: false),
                    StockQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Id);
                    table.CheckConstraint("CK_Products_AddedAt_Range", "julianday(\"AddedAt\") >= julianday('2018-01-01 00:00:00.000') AND julianday(\"AddedAt\") <= julianday('2022-12-31 23:59:59.000')");
                    table.CheckConstraint("CK_Products_Description_Length", "length(\"Description\") <= 500");
                    table.CheckConstraint("CK_Products_Name_Length", "length(\"Name\") <= 120");
                    table.CheckConstraint("CK_Products_Sku_Range", "\"Sku\" >= 100000 AND \"Sku\" <= 999999");
                    table.CheckConstraint("CK_Products_StockQuantity_Range", "\"StockQuantity\" >= 0 AND \"StockQuantity\" <= 500");
                    table.CheckConstraint("CK_Products_UnitCost_Range", "CAST(\"UnitCost\" AS NUMERIC) >= 0.5 AND CAST(\"UnitCost\" AS NUMERIC) <= 400");
                    table.CheckConstraint("CK_Products_UnitPrice_Range", "CAST(\"UnitPrice\" AS NUMERIC) >= 1.99 AND CAST(\"UnitPrice\" AS NUMERIC) <= 499.99");
                    table.CheckConstraint("CK_Products_WeightKg_Range", "CAST(\"WeightKg\" AS NUMERIC) >= 0.05 AND CAST(\"WeightKg\" AS NUMERIC) <= 40");
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ShippingStreet = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ShippingCity = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ShippingZipCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ShippingCountry = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true),
                    TotalAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.CheckConstraint("CK_Orders_Notes_Length", "length(\"Notes\") <= 280");
                    table.CheckConstraint("CK_Orders_PlacedAt_Range", "julianday(\"PlacedAt\") >= julianday('2023-01-01 00:00:00.000') AND julianday(\"PlacedAt\") <= julianday('2025-12-31 23:59:59.000')");
                    table.CheckConstraint("CK_Orders_ShippingCity_Length", "length(\"ShippingCity\") <= 80");
                    table.CheckConstraint("CK_Orders_ShippingCountry_Length", "length(\"ShippingCountry\") <= 80");
                    table.CheckConstraint("CK_Orders_ShippingStreet_Length", "length(\"ShippingStreet\") <= 120");
                    table.CheckConstraint("CK_Orders_ShippingZipCode_Length", "length(\"ShippingZipCode\") <= 16");
                    table.ForeignKey(
                        name: "FK_Orders_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderEvents", x => x.Id);
                    table.CheckConstraint("CK_OrderEvents_At_Range", "julianday(\"At\") >= julianday('2023-01-01 00:00:00.000') AND julianday(\"At\") <= julianday('2026-03-31 23:59:59.000')");
                    table.CheckConstraint("CK_OrderEvents_Note_Length", "length(\"Note\") <= 200");
                    table.ForeignKey(
                        name: "FK_OrderEvents_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.CheckConstraint("CK_OrderLines_Quantity_Range", "\"Quantity\" >= 1 AND \"Quantity\" <= 4");
                    table.CheckConstraint("CK_OrderLines_UnitPrice_Range", "CAST(\"UnitPrice\" AS NUMERIC) >= 1.99 AND CAST(\"UnitPrice\" AS NUMERIC) <= 499.99");
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrderLines_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsFlaggedForReview = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.CheckConstraint("CK_Payments_PaidAt_Range", "julianday(\"PaidAt\") >= julianday('2023-01-01 00:00:00.000') AND julianday(\"PaidAt\") <= julianday('2026-01-03 23:59:59.000')");
                    table.ForeignKey(
                        name: "FK_Payments_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Customers",
                columns: new[] { "Id", "City", "Country", "DateOfBirth", "Email", "FirstName", "LastName", "MarketingOptIn", "Phone", "RegisteredAt", "Street", "Tier", "ZipCode" },
                values: new object[,]
                {
                    { 1, "Lake Aliceborough", "Burundi", new DateOnly(1944, 7, 7), "amosmoore.464248936@hotmail.com", "Amos", "Moore", false, "1-817-950-1574 x6629", new DateTime(2022, 6, 16, 23, 25, 5, 0, DateTimeKind.Utc), "72896 Berneice Track", "Silver", "47316" },
                    { 2, "Jamalhaven", "Seychelles", new DateOnly(1981, 11, 15), "kayrussel.257457811@yahoo.com", "Kay", "Russel", false, "808.602.5045", new DateTime(2020, 8, 15, 4, 41, 32, 0, DateTimeKind.Utc), "8594 Mekhi Creek", "Standard", "06786" },
                    { 3, "South Tania", "Vietnam", new DateOnly(2002, 1, 27), "pansy_schmeler01.272605008@yahoo.com", "Pansy", "Schmeler", true, "(758) 352-9362", new DateTime(2023, 3, 27, 21, 13, 40, 0, DateTimeKind.Utc), "248 Jones Skyway", "Standard", "94015" },
                    { 4, "Jaskolskitown", "Saint Pierre and Miquelon", null, "lorenz.sawayn.946507708@gmail.com", "Lorenz", "Sawayn", false, "295.204.7828 x62342", new DateTime(2020, 4, 2, 18, 49, 32, 0, DateTimeKind.Utc), "5054 Berge Radial", "Gold", "90202" },
                    { 5, "Kuvalisbury", "Saint Kitts and Nevis", new DateOnly(1981, 3, 30), "e.kunze.316409474@hotmail.com", "Esteban", "Kunze", true, "574-271-6551", new DateTime(2022, 4, 21, 8, 14, 52, 0, DateTimeKind.Utc), "913 Quitzon Underpass", "Standard", "70382-6399" }
                });

            migrationBuilder.InsertData(
                table: "Products",
                columns: new[] { "Id", "AddedAt", "Category", "Description", "IsActive", "Name", "Sku", "StockQuantity", "UnitCost", "UnitPrice", "WeightKg" },
                values: new object[,]
                {
                    { 1, new DateTime(2021, 9, 3, 6, 25, 55, 0, DateTimeKind.Utc), "Beauty", "Nulla illo amet sequi quasi reprehenderit eum aspernatur doloribus.", true, "Handcrafted Cotton Shirt", 306490, 229, 19.30m, 190.12m, 35.136m },
                    { 2, new DateTime(2021, 6, 23, 6, 10, 49, 0, DateTimeKind.Utc), "Clothing", "Modi nostrum hic qui cumque cumque qui debitis nesciunt rerum.", true, "Practical Wooden Soap", 419728, 367, 307.50m, 381.56m, 18.159m },
                    { 3, new DateTime(2022, 3, 4, 2, 35, 12, 0, DateTimeKind.Utc), "Clothing", "Aut perspiciatis aut dicta est necessitatibus id aperiam voluptas aut sequi.", true, "Gorgeous Cotton Salad", 805497, 245, 79.90m, 457.21m, 1.847m },
                    { 4, new DateTime(2022, 3, 17, 16, 18, 15, 0, DateTimeKind.Utc), "Electronics", "Tempore vitae temporibus eveniet quia et rem ab.", true, "Generic Cotton Table", 277592, 309, 11.31m, 381.72m, 13.869m },
                    { 5, new DateTime(2022, 12, 2, 21, 54, 50, 0, DateTimeKind.Utc), "Electronics", "Perspiciatis quam et saepe quis aperiam.", true, "Refined Rubber Car", 139301, 84, 164.65m, 347.25m, 36.262m },
                    { 6, new DateTime(2019, 11, 29, 12, 2, 53, 0, DateTimeKind.Utc), "Home", "Aut nihil rerum laborum facere et.", true, "Refined Fresh Bike", 163324, 359, 225.33m, 415.77m, 11.042m },
                    { 7, new DateTime(2020, 5, 8, 11, 57, 34, 0, DateTimeKind.Utc), "Electronics", "Repudiandae pariatur cupiditate sit non officia neque voluptates est.", false, "Generic Frozen Cheese", 866634, 364, 393.44m, 394.66m, 17.101m },
                    { 8, new DateTime(2022, 1, 6, 21, 25, 43, 0, DateTimeKind.Utc), "Beauty", "Ducimus officiis voluptas impedit non est voluptatem sapiente voluptatibus ut voluptas hic.", true, "Awesome Wooden Ball", 534938, 328, 68.18m, 483.24m, 28.376m },
                    { 9, new DateTime(2019, 11, 7, 19, 25, 35, 0, DateTimeKind.Utc), "Clothing", "Facere veniam modi nam quis porro molestiae iure dolorem et cum.", true, "Rustic Fresh Salad", 739048, 269, 365.12m, 481.37m, 33.610m },
                    { 10, new DateTime(2022, 11, 15, 0, 17, 21, 0, DateTimeKind.Utc), "Electronics", "Dicta eos sed est suscipit eum ut tempore.", true, "Handmade Fresh Towels", 576906, 267, 160.95m, 232.43m, 0.322m },
                    { 11, new DateTime(2022, 3, 21, 2, 24, 0, 0, DateTimeKind.Utc), "Clothing", "Quam itaque natus autem consectetur esse dolorem beatae id.", true, "Rustic Soft Bacon", 993427, 377, 206.41m, 383.69m, 37.732m },
                    { 12, new DateTime(2020, 5, 11, 14, 15, 25, 0, DateTimeKind.Utc), "Books", "Veritatis nisi qui quidem et dicta est quas ea aperiam eum laborum.", true, "Incredible Soft Gloves", 543079, 246, 195.93m, 286.09m, 39.404m },
                    { 13, new DateTime(2018, 9, 3, 1, 19, 32, 0, DateTimeKind.Utc), "Electronics", "Culpa adipisci incidunt et autem aspernatur quo ipsum.", true, "Intelligent Soft Pizza", 961908, 82, 126.86m, 284.58m, 33.561m },
                    { 14, new DateTime(2019, 1, 10, 21, 41, 39, 0, DateTimeKind.Utc), "Beauty", null, true, "Awesome Cotton Hat", 602521, 311, 337.92m, 484.27m, 19.508m },
                    { 15, new DateTime(2019, 3, 1, 8, 38, 47, 0, DateTimeKind.Utc), "Clothing", "Voluptas aspernatur voluptatem sapiente sit.", true, "Unbranded Frozen Keyboard", 550523, 52, 374.39m, 434.70m, 8.854m },
                    { 16, new DateTime(2020, 6, 10, 17, 48, 3, 0, DateTimeKind.Utc), "Grocery", "Et molestiae minus minima a soluta quasi quisquam officia sint.", true, "Generic Concrete Chicken", 903440, 180, 91.93m, 199.91m, 12.604m },
                    { 17, new DateTime(2020, 2, 20, 2, 30, 31, 0, DateTimeKind.Utc), "Toys", "Maxime ipsa error vitae beatae quas consequuntur.", true, "Incredible Wooden Computer", 366081, 212, 57.63m, 288.65m, 30.497m },
                    { 18, new DateTime(2021, 11, 8, 13, 19, 7, 0, DateTimeKind.Utc), "Books", "Officiis est nihil delectus alias rerum maiores minus doloribus cupiditate voluptatibus quos.", true, "Awesome Metal Sausages", 569129, 83, 135.76m, 450.28m, 6.965m },
                    { 19, new DateTime(2018, 6, 9, 19, 52, 9, 0, DateTimeKind.Utc), "Clothing", "Ducimus nihil nisi sit deserunt odit dignissimos non ad quae modi.", true, "Refined Fresh Shirt", 287421, 125, 103.71m, 440.26m, 3.628m },
                    { 20, new DateTime(2019, 5, 19, 11, 37, 50, 0, DateTimeKind.Utc), "Grocery", "Architecto ducimus accusamus ut quas nesciunt sit quis enim.", true, "Awesome Metal Pants", 870185, 315, 151.94m, 262.91m, 24.412m }
                });

            migrationBuilder.InsertData(
                table: "Orders",
                columns: new[] { "Id", "CustomerId", "Notes", "PlacedAt", "ShippingCity", "ShippingCountry", "ShippingStreet", "ShippingZipCode", "Status", "TotalAmount" },
                values: new object[,]
                {
                    { 1, 1, null, new DateTime(2023, 8, 4, 14, 44, 12, 0, DateTimeKind.Utc), "Naderhaven", "Afghanistan", "896 Garnet Drive", "30019-4508", "Processing", 1772.69m },
                    { 2, 2, null, new DateTime(2025, 12, 26, 13, 31, 26, 0, DateTimeKind.Utc), "West Itzel", "Rwanda", "71615 Walker Causeway", "19881-0889", "Shipped", 347.25m },
                    { 3, 3, null, new DateTime(2025, 9, 10, 15, 7, 19, 0, DateTimeKind.Utc), "Bednarberg", "Sierra Leone", "74639 Santos Prairie", "62115-2792", "Shipped", 232.43m },
                    { 4, 3, null, new DateTime(2025, 7, 21, 10, 35, 52, 0, DateTimeKind.Utc), "McCulloughview", "Antarctica (the territory South of 60 deg S)", "89760 Cheyenne Mountains", "74982", "Delivered", 3679.40m },
                    { 5, 4, null, new DateTime(2024, 11, 24, 12, 50, 50, 0, DateTimeKind.Utc), "Lake Blazehaven", "Honduras", "418 McLaughlin Junction", "05107-9807", "Processing", 1452.81m },
                    { 6, 4, null, new DateTime(2025, 11, 20, 12, 8, 45, 0, DateTimeKind.Utc), "Yvonneview", "French Southern Territories", "4440 Heathcote Row", "09472-9885", "Delivered", 1937.08m },
                    { 7, 4, null, new DateTime(2023, 10, 10, 22, 54, 37, 0, DateTimeKind.Utc), "North Amelia", "Greece", "617 Alanna Divide", "67085", "Delivered", 2358.42m },
                    { 8, 4, null, new DateTime(2024, 2, 8, 1, 43, 12, 0, DateTimeKind.Utc), "Schinnershire", "Norfolk Island", "8449 Maddison Walk", "00189-9136", "Returned", 1543.78m },
                    { 9, 5, null, new DateTime(2025, 3, 16, 20, 19, 2, 0, DateTimeKind.Utc), "Turcottestad", "Uruguay", "819 Okuneva Glens", "46450", "Cancelled", 2112.06m },
                    { 10, 5, null, new DateTime(2024, 8, 10, 1, 31, 45, 0, DateTimeKind.Utc), "Mabelleborough", "Israel", "208 Schumm Summit", "06161-5256", "Pending", 968.54m },
                    { 11, 5, null, new DateTime(2024, 2, 22, 6, 3, 2, 0, DateTimeKind.Utc), "North Spencer", "Brunei Darussalam", "7973 Bernice Bypass", "35837", "Cancelled", 1318.60m }
                });

            migrationBuilder.InsertData(
                table: "OrderEvents",
                columns: new[] { "Id", "At", "Note", "OrderId", "Status" },
                values: new object[,]
                {
                    { 1, new DateTime(2024, 2, 4, 16, 6, 32, 0, DateTimeKind.Utc), "Qui exercitationem commodi quis eligendi dignissimos officia.", 1, "Pending" },
                    { 2, new DateTime(2024, 10, 31, 16, 34, 2, 0, DateTimeKind.Utc), null, 1, "Processing" },
                    { 3, new DateTime(2026, 1, 17, 9, 0, 6, 0, DateTimeKind.Utc), null, 2, "Pending" },
                    { 4, new DateTime(2026, 2, 4, 20, 19, 55, 0, DateTimeKind.Utc), null, 2, "Processing" },
                    { 5, new DateTime(2026, 2, 16, 6, 44, 13, 0, DateTimeKind.Utc), null, 2, "Shipped" },
                    { 6, new DateTime(2025, 10, 19, 18, 23, 11, 0, DateTimeKind.Utc), null, 3, "Pending" },
                    { 7, new DateTime(2025, 11, 19, 17, 37, 26, 0, DateTimeKind.Utc), null, 3, "Processing" },
                    { 8, new DateTime(2026, 1, 21, 20, 14, 4, 0, DateTimeKind.Utc), null, 3, "Shipped" },
                    { 9, new DateTime(2025, 10, 2, 17, 14, 23, 0, DateTimeKind.Utc), null, 4, "Pending" },
                    { 10, new DateTime(2025, 10, 8, 7, 22, 33, 0, DateTimeKind.Utc), "Ducimus atque tempore est.", 4, "Processing" },
                    { 11, new DateTime(2026, 3, 13, 11, 45, 24, 0, DateTimeKind.Utc), null, 4, "Shipped" },
                    { 12, new DateTime(2026, 3, 26, 7, 26, 51, 0, DateTimeKind.Utc), "Tempora qui numquam totam omnis quasi molestias ullam error rem est assumenda.", 4, "Delivered" },
                    { 13, new DateTime(2024, 12, 24, 22, 51, 36, 0, DateTimeKind.Utc), null, 5, "Pending" },
                    { 14, new DateTime(2025, 1, 6, 4, 58, 54, 0, DateTimeKind.Utc), null, 5, "Processing" },
                    { 15, new DateTime(2025, 11, 25, 9, 53, 0, 0, DateTimeKind.Utc), null, 6, "Pending" },
                    { 16, new DateTime(2026, 1, 6, 10, 50, 55, 0, DateTimeKind.Utc), null, 6, "Processing" },
                    { 17, new DateTime(2026, 3, 15, 8, 34, 46, 0, DateTimeKind.Utc), "Quia dolorem non quos sunt.", 6, "Shipped" },
                    { 18, new DateTime(2026, 3, 18, 11, 5, 10, 0, DateTimeKind.Utc), null, 6, "Delivered" },
                    { 19, new DateTime(2024, 4, 21, 19, 32, 41, 0, DateTimeKind.Utc), null, 7, "Pending" },
                    { 20, new DateTime(2024, 6, 9, 9, 42, 8, 0, DateTimeKind.Utc), null, 7, "Processing" },
                    { 21, new DateTime(2025, 2, 10, 20, 34, 40, 0, DateTimeKind.Utc), null, 7, "Shipped" },
                    { 22, new DateTime(2025, 8, 10, 3, 40, 59, 0, DateTimeKind.Utc), null, 7, "Delivered" },
                    { 23, new DateTime(2024, 4, 5, 20, 2, 52, 0, DateTimeKind.Utc), "Consequatur quidem repellendus explicabo consequuntur.", 8, "Pending" },
                    { 24, new DateTime(2025, 3, 12, 7, 38, 27, 0, DateTimeKind.Utc), null, 8, "Processing" },
                    { 25, new DateTime(2025, 8, 29, 7, 56, 16, 0, DateTimeKind.Utc), null, 8, "Shipped" },
                    { 26, new DateTime(2025, 11, 17, 10, 16, 26, 0, DateTimeKind.Utc), null, 8, "Returned" },
                    { 27, new DateTime(2025, 7, 16, 20, 40, 35, 0, DateTimeKind.Utc), null, 9, "Pending" },
                    { 28, new DateTime(2025, 10, 11, 23, 47, 30, 0, DateTimeKind.Utc), null, 9, "Processing" },
                    { 29, new DateTime(2026, 2, 14, 3, 21, 37, 0, DateTimeKind.Utc), null, 9, "Cancelled" },
                    { 30, new DateTime(2025, 5, 18, 6, 15, 20, 0, DateTimeKind.Utc), null, 10, "Pending" },
                    { 31, new DateTime(2025, 3, 9, 6, 2, 1, 0, DateTimeKind.Utc), null, 11, "Pending" },
                    { 32, new DateTime(2026, 1, 3, 0, 0, 9, 0, DateTimeKind.Utc), null, 11, "Cancelled" }
                });

            migrationBuilder.InsertData(
                table: "OrderLines",
                columns: new[] { "Id", "OrderId", "ProductId", "Quantity", "UnitPrice" },
                values: new object[,]
                {
                    { 1, 1, 5, 4, 347.25m },
                    { 2, 1, 11, 1, 383.69m },
                    { 3, 2, 5, 1, 347.25m },
                    { 4, 3, 10, 1, 232.43m },
                    { 5, 4, 14, 1, 484.27m },
                    { 6, 4, 7, 3, 394.66m },
                    { 7, 4, 14, 1, 484.27m },
                    { 8, 4, 4, 4, 381.72m },
                    { 9, 5, 14, 3, 484.27m },
                    { 10, 6, 14, 4, 484.27m },
                    { 11, 7, 6, 2, 415.77m },
                    { 12, 7, 4, 4, 381.72m },
                    { 13, 8, 17, 2, 288.65m },
                    { 14, 8, 8, 2, 483.24m },
                    { 15, 9, 11, 4, 383.69m },
                    { 16, 9, 17, 1, 288.65m },
                    { 17, 9, 17, 1, 288.65m },
                    { 18, 10, 14, 2, 484.27m },
                    { 19, 11, 10, 2, 232.43m },
                    { 20, 11, 13, 3, 284.58m }
                });

            migrationBuilder.InsertData(
                table: "Payments",
                columns: new[] { "Id", "Amount", "IsFlaggedForReview", "Method", "OrderId", "PaidAt", "Status", "TransactionId" },
                values: new object[,]
                {
                    { 1, 1772.69m, false, "GiftCard", 1, new DateTime(2023, 8, 5, 22, 43, 47, 0, DateTimeKind.Utc), "Captured", new Guid("2126ff63-a123-4858-9845-33418b7e7bae") },
                    { 2, 347.25m, false, "Card", 2, new DateTime(2025, 12, 27, 3, 36, 54, 0, DateTimeKind.Utc), "Captured", new Guid("03135296-c322-49bb-9cbf-c6f73584c635") },
                    { 3, 232.43m, false, "Card", 3, new DateTime(2025, 9, 10, 18, 27, 37, 0, DateTimeKind.Utc), "Failed", new Guid("6146c801-4d42-4238-a03f-e8fc08d527d2") },
                    { 4, 3679.40m, false, "Card", 4, new DateTime(2025, 7, 22, 4, 50, 47, 0, DateTimeKind.Utc), "Captured", new Guid("c580ccff-37ca-48b9-a50e-feac705efc9d") },
                    { 5, 1452.81m, false, "Card", 5, new DateTime(2024, 11, 25, 1, 9, 11, 0, DateTimeKind.Utc), "Captured", new Guid("e44616ef-6621-4bb9-a5a0-57baaff46811") },
                    { 6, 1937.08m, false, "GiftCard", 6, new DateTime(2025, 11, 21, 23, 59, 57, 0, DateTimeKind.Utc), "Captured", new Guid("ecaa5079-d8b8-4537-ab03-e04396369109") },
                    { 7, 2358.42m, false, "BankTransfer", 7, new DateTime(2023, 10, 13, 15, 57, 2, 0, DateTimeKind.Utc), "Captured", new Guid("ed961381-4da5-4068-83f2-cd5ba23b5a75") },
                    { 8, 1543.78m, false, "ApplePay", 8, new DateTime(2024, 2, 9, 13, 5, 41, 0, DateTimeKind.Utc), "Captured", new Guid("2db4ee1d-6e38-467b-8417-f280a8e16bc7") },
                    { 9, 2112.06m, false, "Card", 9, new DateTime(2025, 3, 17, 2, 36, 34, 0, DateTimeKind.Utc), "Captured", new Guid("64686526-81d5-457f-8cc5-716b57a0c3f6") },
                    { 10, 968.54m, false, "Card", 10, new DateTime(2024, 8, 10, 2, 5, 14, 0, DateTimeKind.Utc), "Captured", new Guid("9066b420-d545-4373-8676-1f3c7cadf6ba") },
                    { 11, 1318.60m, false, "Card", 11, new DateTime(2024, 2, 23, 20, 42, 19, 0, DateTimeKind.Utc), "Failed", new Guid("bee226bb-90a3-4360-a8bc-04a35f4ed4fb") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                table: "Customers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderEvents_OrderId",
                table: "OrderEvents",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_ProductId",
                table: "OrderLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId",
                table: "Orders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PlacedAt",
                table: "Orders",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_OrderId",
                table: "Payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Category",
                table: "Products",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Sku",
                table: "Products",
                column: "Sku",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderEvents");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "Products");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "Customers");
        }
    }
}
