using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Model;

namespace Shop.Migrations;

/// <summary>
/// Applies the migrations to a SQLite file (nothing to do if <c>dotnet ef database update</c> already did) and
/// compares every table with <see cref="DevShop.Data"/>: the same keys, and every mapped column equal.
/// </summary>
public static class DevShopCheck
{
    /// <returns>0 when every table holds exactly the dev data, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string path)
    {
        await using var context = SeededShopDbContextFactory.Create(path);
        await context.Database.MigrateAsync();
        Console.WriteLine($"Migrations applied to {Path.GetFullPath(path)}: {string.Join(", ", await context.Database.GetAppliedMigrationsAsync())}");

        var differences = new List<string>();
        differences.AddRange(await CompareAsync<Customer>(context));
        differences.AddRange(await CompareAsync<Product>(context));
        differences.AddRange(await CompareAsync<Order>(context));
        differences.AddRange(await CompareAsync<OrderLine>(context));
        differences.AddRange(await CompareAsync<Payment>(context));
        differences.AddRange(await CompareAsync<OrderEvent>(context));
        differences.AddRange(await CompareAsync<Contract>(context));
        foreach (var difference in differences) Console.WriteLine($"  DIFFERENT: {difference}");
        Console.WriteLine(differences.Count == 0
            ? $"Every table holds exactly the dev data (seed {DevShop.Seed}, {DevShop.Customers} customers)."
            : $"{differences.Count} differences from the dev data.");
        return differences.Count == 0 ? 0 : 1;
    }

    /// <summary>The table's rows against the data set's, matched by primary key, column by column.</summary>
    private static async Task<IEnumerable<string>> CompareAsync<T>(SeededShopDbContext context) where T : class
    {
        var entityType = context.Model.FindEntityType(typeof(T))!;
        var key = entityType.FindPrimaryKey()!.Properties.Single().PropertyInfo!;
        var columns = entityType.GetProperties().Where(p => p.PropertyInfo is not null).Select(p => p.PropertyInfo!).ToArray();
        var expected = DevShop.Data.Set<T>();
        var actual = (await context.Set<T>().AsNoTracking().ToListAsync()).ToDictionary(row => key.GetValue(row)!);
        Console.WriteLine($"  {entityType.GetTableName(),-12} {actual.Count,4} rows, {expected.Count,4} expected");

        var differences = new List<string>();
        if (actual.Count != expected.Count) differences.Add($"{typeof(T).Name}: {actual.Count} rows instead of {expected.Count}");
        foreach (var row in expected)
        {
            var id = key.GetValue(row)!;
            if (!actual.TryGetValue(id, out var stored)) { differences.Add($"{typeof(T).Name} {id}: missing"); continue; }
            // Equals, not text: SQLite gives back decimals without trailing zeros and dates without a kind, which compare equal.
            differences.AddRange(columns
                .Where(column => !Equals(column.GetValue(row), column.GetValue(stored)))
                .Select(column => string.Create(CultureInfo.InvariantCulture,
                    $"{typeof(T).Name} {id}.{column.Name}: {column.GetValue(stored)} instead of {column.GetValue(row)}")));
        }
        return differences;
    }
}
