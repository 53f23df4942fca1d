using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Graph;

namespace ConstrainedFakes.Tests;

/// <summary>The referee of a graph data set: every check reads the rows, never the generator's plan.</summary>
internal static class GraphIntegrity
{
    public static void AssertHolds(DataSet data)
    {
        var regions = data.Set<Region>().ToDictionary(r => r.Code);
        var accounts = data.Set<Account>().ToDictionary(a => a.Id);
        var contracts = data.Set<Contract>().ToDictionary(c => c.Id);
        var employees = data.Set<Employee>().ToDictionary(e => e.Id);
        var invoices = data.Set<Invoice>().ToDictionary(i => i.Id);
        var products = data.Set<Product>().ToDictionary(p => p.Id);
        Assert.Equal(data.Set<Tag>().Count, data.Set<Tag>().Select(t => t.Id).Distinct().Count());
        Assert.Equal(data.Set<InvoiceLine>().Count, data.Set<InvoiceLine>().Select(l => l.Id).Distinct().Count());
        // The unique indexes.
        Assert.Equal(data.Set<InvoiceLine>().Count, data.Set<InvoiceLine>().Select(l => (l.InvoiceId, l.ProductId)).Distinct().Count());
        Assert.Equal(data.Set<Tag>().Count, data.Set<Tag>().Select(t => t.Label).Distinct().Count());
        Assert.Equal(data.Set<Employee>().Count, data.Set<Employee>().Select(e => (e.FirstName, e.ManagerId)).Distinct().Count());

        foreach (var account in accounts.Values)
        {
            Assert.Same(regions[account.RegionCode], account.Region);
            Assert.InRange(account.Contracts.Count, 1, 4);
            Assert.All(account.Contracts, c => Assert.Same(account, c.Account));
            Assert.InRange(account.Tags.Count, 0, 2);
            Assert.All(account.Tags, t => Assert.Equal(account.Id, t.AccountId));
        }
        Assert.All(data.Set<Tag>(), t => Assert.Contains(t, accounts[t.AccountId].Tags));
        foreach (var contract in contracts.Values)
        {
            Assert.Same(accounts[contract.AccountId], contract.Account);
            Assert.Contains(contract, contract.Account.Contracts);
            var invoiceCount = contract.Invoices?.Count ?? 0;
            Assert.InRange(invoiceCount, 0, 6);
            Assert.All(contract.Invoices ?? [], i => Assert.Same(contract, i.Contract));
        }
        foreach (var invoice in invoices.Values)
        {
            Assert.Same(contracts[invoice.ContractId], invoice.Contract);
            Assert.Equal(invoice.ApprovedBy is null, invoice.ApproverNumber is null);
            if (invoice.ApprovedBy is not null) Assert.Same(employees[invoice.ApproverNumber!.Value], invoice.ApprovedBy);
            Assert.InRange(invoice.Lines.Count, 1, 5);
            Assert.All(invoice.Lines, l => Assert.Same(invoice, l.Invoice));
        }
        foreach (var line in data.Set<InvoiceLine>())
        {
            Assert.Same(invoices[line.InvoiceId], line.Invoice);
            Assert.Same(products[line.ProductId], line.Product);
            Assert.Contains(line, line.Product.Lines);
            Assert.InRange(line.Quantity, 1, 10);
        }
        Assert.Equal(data.Set<InvoiceLine>().Count, products.Values.Sum(p => p.Lines.Count));
        foreach (var employee in employees.Values)
        {
            Assert.Equal(employee.Manager is null, employee.ManagerId is null);
            if (employee.Manager is null) continue;
            Assert.Same(employees[employee.ManagerId!.Value], employee.Manager);
            Assert.True(employee.ManagerId < employee.Id, "a manager is an earlier row");
            Assert.Contains(employee, employee.Manager.Reports);
        }
    }

    /// <summary>A row's scalar values (keys and foreign keys among them), for comparing rows made two ways.</summary>
    public static string Columns(object entity)
        => entity.GetType().Name + ":" + string.Join("|", entity.GetType().GetProperties()
            .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .Select(p => $"{p.Name}={p.GetValue(entity)}"));
}
