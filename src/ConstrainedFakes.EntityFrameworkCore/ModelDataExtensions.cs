using System.Reflection;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.EntityFrameworkCore.Seeding;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Data for EF Core's <c>HasData</c> in migrations: <c>HasData</c> takes rows with their keys and foreign
/// keys set and every navigation empty, which a built data set (navigations set on both sides) is not.
/// </summary>
public static class ModelDataExtensions
{
    /// <summary>
    /// Copies of the data set's <typeparamref name="T"/> rows with every scalar member (keys and foreign keys
    /// among them) as generated and every navigation left as a new instance leaves it, ready for
    /// <c>modelBuilder.Entity&lt;T&gt;().HasData(data.AsModelData&lt;T&gt;())</c>.
    /// </summary>
    /// <typeparam name="T">An entity type of the data set, with a public parameterless constructor.</typeparam>
    /// <param name="data">The data set.</param>
    /// <returns>One copy per row, in row order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not an entity of the data set.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no public parameterless constructor.</exception>
    /// <remarks>
    /// Reflection reads the members once per call, not per row's code path: model data is made once, when a
    /// migration is added or the model is built, never in the seeding hot path.
    /// </remarks>
    public static IReadOnlyList<T> AsModelData<T>(this DataSet data)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Set<T>();
        if (typeof(T).GetConstructor(Type.EmptyTypes) is null)
            throw new NotSupportedException($"{typeof(T).Name} has no public parameterless constructor, so its model data cannot be copied; pass anonymous objects to HasData instead.");
        var scalars = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .ToArray();
        var copies = new T[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var copy = Activator.CreateInstance<T>();
            foreach (var property in scalars) property.SetValue(copy, property.GetValue(rows[i]));
            copies[i] = copy;
        }
        return copies;
    }

    /// <summary>
    /// The data set's links of the many-to-many whose join entity (EF Core's implicit one, e.g. <c>BookShelf</c>) is
    /// <paramref name="joinEntityType"/>, as the property bags <c>HasData</c> takes for it, keyed by the foreign-key
    /// names EF Core chose (<c>BooksId</c>, <c>ShelvesId</c>):
    /// <c>modelBuilder.Entity&lt;Book&gt;().HasMany(b =&gt; b.Shelves).WithMany(s =&gt; s.Books).UsingEntity(j =&gt; j.HasData(data.AsModelData(j.Metadata)))</c>,
    /// or <c>modelBuilder.Entity("BookShelf")</c>'s <c>HasData</c> with its <c>Metadata</c>.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="joinEntityType">The join entity of the skip navigations, from the model being built.</param>
    /// <returns>One bag per link, in the order the data set made them.</returns>
    /// <exception cref="ArgumentException">No skip navigation of the model uses <paramref name="joinEntityType"/> as its join entity.</exception>
    /// <exception cref="NotSupportedException">The join entity's foreign keys have several columns each.</exception>
    public static IReadOnlyList<Dictionary<string, object>> AsModelData(this DataSet data, IReadOnlyEntityType joinEntityType)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(joinEntityType);
        var joins = joinEntityType.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredSkipNavigations())
            .Where(s => s.JoinEntityType == joinEntityType).ToList();
        if (joins.Count == 0)
            throw new ArgumentException($"{joinEntityType.DisplayName()} is the join entity of no many-to-many of the model.", nameof(joinEntityType));
        if (joins.Select(JoinBag.WhyNot).OfType<string>().FirstOrDefault() is { } why)
            throw new NotSupportedException($"{joinEntityType.DisplayName()}: {why}");
        var rows = new List<Dictionary<string, object>>();
        foreach (var link in data.Entities.OfType<JoinRow>())
        {
            // A link is made from one side only: the side whose skip navigation it names.
            var join = joins.FirstOrDefault(s => s.DeclaringEntityType.ClrType == link.Entity && s.Name == link.Navigation);
            if (join is not null) rows.Add(JoinBag.Of(join, link));
        }
        return rows;
    }

    /// <summary>
    /// The data set's objects of the owned entity type <paramref name="ownedEntityType"/> (an owned reference, the
    /// elements of an owned collection, or one inside another owned type) as the seed objects <c>HasData</c> takes for
    /// it: every column of the owned type, with its key as EF Core maps it (the owner's key in the foreign key,
    /// <c>AuthorId</c>; an element's place among its owner's elements, 1, 2, ..., in a key part no member holds):
    /// <c>modelBuilder.Entity&lt;Author&gt;().OwnsOne(a =&gt; a.Address, address =&gt; address.HasData(data.AsOwnedModelData(address.OwnedEntityType)))</c>,
    /// <c>OwnsMany(d =&gt; d.Items, items =&gt; items.HasData(data.AsOwnedModelData(items.OwnedEntityType)))</c>.
    /// The owners themselves take <see cref="AsModelData{T}(DataSet)"/>, which leaves their owned objects out.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="ownedEntityType">The owned entity type, from the model being built.</param>
    /// <returns>One seed object per owned object that is set, owner by owner in row order, elements in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="ownedEntityType"/> is not owned.</exception>
    /// <remarks>
    /// The seed objects are of a class made at run time (one per owned type's columns), with a property per column:
    /// <c>HasData</c> reads them as it reads anonymous objects.
    /// </remarks>
    public static IReadOnlyList<object> AsOwnedModelData(this DataSet data, IReadOnlyEntityType ownedEntityType)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ownedEntityType);
        if (!ownedEntityType.IsOwned())
            throw new ArgumentException($"{ownedEntityType.DisplayName()} is not an owned entity type: its rows take AsModelData<T>().", nameof(ownedEntityType));
        return OwnedModelData.Of(data, ownedEntityType);
    }

    /// <summary>What EF Core maps to a column: values, strings and byte arrays, not navigations or collections of them.</summary>
    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsValueType || underlying == typeof(string) || underlying == typeof(byte[]);
    }
}
