using System.CommandLine;
using System.Globalization;
using Shop.Seeding;

namespace Shop;

/// <summary>The command line: <c>--rows</c>, <c>--seed</c>, <c>--db</c> and <c>--postgres</c>, validated before anything is written.</summary>
public static class ShopCommand
{
    public const int DefaultRows = 1_000;
    public const ulong DefaultSeed = 42;
    public const string DefaultDatabase = "shop.db";

    public static RootCommand Create()
    {
        var rows = new Option<int>("--rows")
        {
            Description = $"Number of customers, 1 to {ShopScale.MaxCustomers.ToString("N0", CultureInfo.InvariantCulture)}. Products: rows / 4, at least {ShopScale.MinProducts}; "
                + "orders: 0 to 8 per customer (3 on average); order lines: 1 to 5 per order (2 on average); payments: one per order; order events: 1 to 4 per order; contracts: 0 to 2 per customer.",
            HelpName = "n",
            DefaultValueFactory = _ => DefaultRows,
            // A parser rather than a validator: validators also run after a failed parse, where reading the value throws.
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
                if (text is null) return DefaultRows;
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= ShopScale.MaxCustomers) return n;
                result.AddError($"--rows must be a whole number from 1 to {ShopScale.MaxCustomers.ToString("N0", CultureInfo.InvariantCulture)}, not '{text}'.");
                return 0;
            },
        };

        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of every random choice: the same seed and --rows give the same data, on every machine.",
            HelpName = "ulong",
            DefaultValueFactory = _ => DefaultSeed,
        };

        var database = new Option<string>("--db")
        {
            Description = "SQLite database file to create; an existing file at that path is deleted first.",
            HelpName = "path",
            DefaultValueFactory = _ => DefaultDatabase,
        };
        database.Validators.Add(result =>
        {
            var path = result.GetValue(database);
            if (string.IsNullOrWhiteSpace(path)) result.AddError("--db needs a file path.");
            else if (Directory.Exists(path)) result.AddError($"--db {path} is a directory; give a file path such as {Path.Combine(path, DefaultDatabase)}.");
        });

        var postgres = new Option<string?>("--postgres")
        {
            Description = "Seed this PostgreSQL database (a connection string, e.g. \"Host=localhost;Username=postgres;Database=shop\") instead of a SQLite file. "
                + "The database is created if missing; its shop tables must be absent or empty, as seeding never touches existing rows.",
            HelpName = "connection string",
        };
        postgres.Validators.Add(result =>
        {
            var text = result.GetValue(postgres);
            if (string.IsNullOrWhiteSpace(text)) { result.AddError("--postgres needs a connection string."); return; }
            try { _ = new Npgsql.NpgsqlConnectionStringBuilder(text); }
            catch (ArgumentException exception) { result.AddError($"--postgres is not a valid connection string: {exception.Message}"); }
        });

        var root = new RootCommand("Creates a shop database (customers, products, orders, order lines, payments, order events, contracts) filled with ConstrainedFakes data: a SQLite file, or PostgreSQL with --postgres.")
        {
            rows, seed, database, postgres,
        };
        root.SetAction((parse, _) => ShopRun.RunAsync(parse.GetValue(rows), parse.GetValue(seed), parse.GetValue(database)!, parse.GetValue(postgres)));
        return root;
    }
}
