using Shop.Migrations;

// dotnet run --project samples/Shop.Migrations -- [path]: applies the migrations to the SQLite file at path
// (shop-dev.db by default), as `dotnet ef database update` does, and checks that it holds exactly the dev data.
var path = args.Length > 0 ? args[0] : SeededShopDbContextFactory.DefaultDatabase;
return await DevShopCheck.RunAsync(path);
