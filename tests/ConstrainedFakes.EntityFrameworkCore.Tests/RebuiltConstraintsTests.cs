using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConstrainedFakes.EntityFrameworkCore.Tests;

/// <summary>
/// PostgreSQL's seeding drops the foreign keys and non-unique indexes of the seeded tables and re-creates them before
/// the commit: the schema must come back as it was, a failure must leave it untouched, and the foreign keys must still
/// refuse a row that breaks them.
/// </summary>
public class RebuiltConstraintsTests
{
    private static DataSets.DataSetBuilder Library() => new LibraryFaker(7).DataSet().Count<Author>(200).Count<Shelf>(20);

    [Theory, PostgresData]
    public async Task A_seed_rebuilds_every_foreign_key_and_index_as_it_was(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await SchemaAsync(database, withIdentity: true);
        Assert.Contains("FK_Reviews_Books_BookId", before);
        Assert.Contains("IX_Reviews_BookId", before);

        await using (var context = database.NewContext()) await context.SeedAsync(Library().Build());

        Assert.Equal(await SchemaAsync(database, withIdentity: false), Without(before));
        // New objects for the old definitions: the rebuild did run, and every seeded table went through it.
        var after = await SchemaAsync(database, withIdentity: true);
        foreach (var rebuilt in new[] { "FK_Books_Authors_AuthorId", "FK_Reviews_Books_BookId", "FK_BookShelf_Books_BooksId", "IX_Books_AuthorId", "IX_Reviews_BookId" })
            Assert.NotEqual(Line(before, rebuilt), Line(after, rebuilt));
        // Keys are kept: their unique indexes refuse a row at its batch, which names it.
        Assert.Equal(Line(before, "PK_Books"), Line(after, "PK_Books"));
    }

    [Theory, PostgresData]
    public async Task A_row_breaking_a_foreign_key_fails_the_seed_naming_the_constraint_and_the_row(Provider provider)
    {
        var (failure, orphan) = await SeedOrphanAsync(provider, new SeedOptions());
        Assert.Equal("Reviews", failure.Table);
        Assert.Equal($"(Id = {orphan.Id})", failure.Row);
        Assert.StartsWith(
            $"Seeding failed at table Reviews, row (Id = {orphan.Id}): the foreign key FK_Reviews_Books_BookId, re-created after the rows were copied, refused a row. Its BookId = 999999 is no key of \"Books\".",
            failure.Message);
        Assert.IsType<PostgresException>(failure.InnerException);
    }

    [Theory, PostgresData]
    public async Task Without_the_rebuild_the_same_row_is_refused_at_its_batch_by_position(Provider provider)
    {
        var (failure, orphan) = await SeedOrphanAsync(provider, new SeedOptions { RecreateForeignKeysAndIndexes = false });
        Assert.Equal($"#10 (Id = {orphan.Id})", failure.Row);
    }

    [Theory, PostgresData]
    public async Task Inside_the_callers_transaction_a_failure_rolls_the_schema_back_to_the_seeds_savepoint(Provider provider)
    {
        var data = Library().Build();
        data.Set<Review>()[10].BookId = 999_999;
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await SchemaAsync(database, withIdentity: true);

        await using (var context = database.NewContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data));
            Assert.Contains("the foreign key FK_Reviews_Books_BookId, re-created", failure.Message);
            // Still the caller's transaction, and usable: the seed rolled back to its savepoint, DDL included.
            Assert.Same(transaction, context.Database.CurrentTransaction);
            await transaction.CommitAsync();
        }
        Assert.Equal(before, await SchemaAsync(database, withIdentity: true));
        await AssertEmptyAsync(database);
    }

    /// <summary>
    /// Seeds the library with its eleventh review pointing at no book, and checks that the failure left the schema
    /// exactly as it was and every table empty.
    /// </summary>
    private static async Task<(SeedException Failure, Review Orphan)> SeedOrphanAsync(Provider provider, SeedOptions options)
    {
        var data = Library().Build();
        var orphan = data.Set<Review>()[10];
        orphan.BookId = 999_999;
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await SchemaAsync(database, withIdentity: true);

        SeedException failure;
        await using (var context = database.NewContext()) failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data, options: options));

        Assert.Equal(before, await SchemaAsync(database, withIdentity: true));
        await AssertEmptyAsync(database);
        return (failure, orphan);
    }

    [Theory, PostgresData]
    public async Task A_row_refused_at_its_batch_leaves_the_dropped_constraints_as_they_were(Provider provider)
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(provider);
        // A rule only the database knows, broken by the reviews, after the books' and reviews' foreign keys were dropped.
        await database.ExecuteAsync("CREATE UNIQUE INDEX \"OneReviewPerBook\" ON \"Reviews\" (\"BookId\")");
        var before = await SchemaAsync(database, withIdentity: true);

        await using (var context = database.NewContext())
        {
            var failure = await Assert.ThrowsAsync<SeedException>(() => context.SeedAsync(data));
            Assert.Equal("Reviews", failure.Table);
            Assert.StartsWith("#", failure.Row);
        }
        Assert.Equal(before, await SchemaAsync(database, withIdentity: true));
        await AssertEmptyAsync(database);
    }

    [Theory, PostgresData]
    public async Task A_user_who_does_not_own_the_tables_seeds_with_the_constraints_in_place(Provider provider)
    {
        var data = Library().Build();
        await using var database = await TestDatabase.CreateAsync(provider);
        var role = "constrainedfakes_seeder_" + Guid.NewGuid().ToString("N")[..12];
        await database.ExecuteAsync($"""
            CREATE ROLE {role} LOGIN;
            GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT SELECT, UPDATE, USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}
            """);
        try
        {
            var before = await SchemaAsync(database, withIdentity: true);
            await using (var owner = database.NewContext())
            {
                var connection = new NpgsqlConnectionStringBuilder(owner.Database.GetConnectionString()) { Username = role }.ToString();
                await using var context = database.NewContext(options => options.UseNpgsql(connection));
                var seeded = await context.SeedAsync(data);
                Assert.Equal(data.Count, seeded.Sum(s => s.Rows));
            }
            Assert.Equal(before, await SchemaAsync(database, withIdentity: true));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await database.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    /// <summary>
    /// Every constraint and index of the public schema, one line each: name, definition and, with
    /// <paramref name="withIdentity"/>, its oid, which only a rollback gives back.
    /// </summary>
    private static async Task<string> SchemaAsync(TestDatabase database, bool withIdentity)
    {
        await using var context = database.NewContext();
        // Two fixed texts, never input: nothing to inject.
        var oid = withIdentity ? "oid::text" : "''";
        var indexOid = withIdentity ? "i.indexrelid::text" : "''";
        var sql = $"""
            SELECT coalesce(string_agg(line, E'\n' ORDER BY line), '') AS "Value" FROM (
                SELECT format('%s %s [%s] %s', conrelid::regclass, conname, {oid}, pg_get_constraintdef(oid)) AS line
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL
                SELECT format('%s %s [%s] %s', i.indrelid::regclass, i.indexrelid::regclass, {indexOid}, pg_get_indexdef(i.indexrelid))
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace) lines
            """;
        return await context.Database.SqlQueryRaw<string>(sql).SingleAsync();
    }

    private static string Without(string schema) => System.Text.RegularExpressions.Regex.Replace(schema, @"\[\d+\]", "[]");

    /// <summary>The lines of the object named <paramref name="name"/>: a key's are its constraint's and its index's.</summary>
    private static string Line(string schema, string name)
    {
        var lines = schema.Split('\n').Where(l => l.Split(' ')[1].Trim('"') == name).ToArray();
        Assert.NotEmpty(lines);
        return string.Join('\n', lines);
    }

    private static async Task AssertEmptyAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        Assert.Equal(0, await context.Authors.CountAsync() + await context.Books.CountAsync() + await context.Reviews.CountAsync() + await context.Shelves.CountAsync());
    }
}
