using System.Globalization;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;
using Microsoft.Data.Sqlite;

namespace ConstrainedFakes.Tests;

/// <summary>
/// The database as referee: the graph goes into SQLite, in <see cref="DataSet.Entities"/> order, with foreign
/// keys enforced on every insert and CHECK constraints written here by hand.
/// </summary>
public class SqliteGraphTests
{
    private const string Schema = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE Region (Code TEXT PRIMARY KEY CHECK (length(Code) <= 12), Name TEXT NOT NULL CHECK (length(Name) <= 60));
        CREATE TABLE Account (Id INTEGER PRIMARY KEY, Company TEXT NOT NULL CHECK (length(Company) <= 80), Tier INTEGER NOT NULL CHECK (Tier IN (0, 1)),
            RegionCode TEXT NOT NULL REFERENCES Region (Code));
        CREATE TABLE Contract (Id INTEGER PRIMARY KEY, AccountId INTEGER NOT NULL REFERENCES Account (Id), Value NUMERIC NOT NULL CHECK (Value BETWEEN 1000 AND 500000));
        CREATE TABLE Tag (Id INTEGER PRIMARY KEY, AccountId INTEGER NOT NULL REFERENCES Account (Id), Label TEXT NOT NULL UNIQUE CHECK (length(Label) <= 20));
        CREATE TABLE Employee (Id INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, ManagerId INTEGER NULL REFERENCES Employee (Id) CHECK (ManagerId < Id),
            UNIQUE (FirstName, ManagerId));
        CREATE TABLE Invoice (Id INTEGER PRIMARY KEY, ContractId INTEGER NOT NULL REFERENCES Contract (Id), ApproverNumber INTEGER NULL REFERENCES Employee (Id));
        CREATE TABLE Product (Id TEXT PRIMARY KEY, Name TEXT NOT NULL);
        CREATE TABLE InvoiceLine (Id INTEGER PRIMARY KEY, InvoiceId INTEGER NOT NULL REFERENCES Invoice (Id), ProductId TEXT NOT NULL REFERENCES Product (Id),
            Quantity INTEGER NOT NULL CHECK (Quantity BETWEEN 1 AND 10), UNIQUE (InvoiceId, ProductId));
        """;

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(42UL)]
    [InlineData(0xDEADBEEFUL)]
    public void EveryRowLandsWithForeignKeysEnforced(ulong seed)
    {
        var data = new GraphFaker(seed).DataSet().Count<Account>(300).Count<Employee>(25).Count<Product>(50).Count<Region>(6).Build();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, Schema);
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var entity in data.Entities) Insert(connection, transaction, entity);
            transaction.Commit();
        }

        foreach (var type in data.EntityTypes)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {type.Name}";
            Assert.Equal(data.Entities.Count(e => e.GetType() == type), Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        using var violations = check.ExecuteReader();
        Assert.False(violations.Read(), "every foreign key resolves");
    }

    [Fact]
    public void TheRefereeRefusesADanglingForeignKey()
    {
        // The check above could only fail if SQLite enforces keys here: show that it does.
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, Schema);
        var error = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO Contract (Id, AccountId, Value) VALUES (1, 99, 5000)"));
        Assert.Contains("FOREIGN KEY", error.Message);
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, object entity)
    {
        var (table, values) = entity switch
        {
            Region r => ("Region", new object?[] { r.Code, r.Name }),
            Account a => ("Account", new object?[] { a.Id, a.Company, (int)a.Tier, a.RegionCode }),
            Contract c => ("Contract", new object?[] { c.Id, c.AccountId, c.Value }),
            Tag t => ("Tag", new object?[] { t.Id, t.AccountId, t.Label }),
            Employee e => ("Employee", new object?[] { e.Id, e.FirstName, e.ManagerId }),
            Invoice i => ("Invoice", new object?[] { i.Id, i.ContractId, i.ApproverNumber }),
            Product p => ("Product", new object?[] { p.Id.ToString(), p.Name }),
            InvoiceLine l => ("InvoiceLine", new object?[] { l.Id, l.InvoiceId, l.ProductId.ToString(), l.Quantity }),
            _ => throw new InvalidOperationException(entity.GetType().Name),
        };
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$p" + i, values[i] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
