using Microsoft.EntityFrameworkCore.Storage;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// The seeding's transaction on a provider that has none (EF Core's in-memory one, which refuses to begin one):
/// committing and rolling back do nothing, and there are no savepoints, so a failed batch is not replayed.
/// </summary>
internal sealed class NoTransaction : IDbContextTransaction
{
    public static readonly NoTransaction Instance = new();

    private NoTransaction()
    {
    }

    public Guid TransactionId => Guid.Empty;

    public bool SupportsSavepoints => false;

    public void Commit()
    {
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Rollback()
    {
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
