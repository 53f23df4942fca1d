using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>How a whole data set is made: its tables in insert order (parents first) and why it cannot be, if so.</summary>
/// <param name="Tables">One table per buildable entity, parents before children.</param>
/// <param name="Problems">Why no data set can be built (a cycle of required foreign keys, a key that does not fit its foreign key), each with where it is declared; empty when one can.</param>
/// <param name="Joins">The many-to-many pairs of skip navigations, made once both of their tables are.</param>
internal sealed record DataSetPlan(EquatableArray<TablePlan> Tables, EquatableArray<DataSetProblem> Problems, EquatableArray<JoinPlan> Joins = default);

/// <summary>One entity type's rows in a data set.</summary>
/// <param name="Entity">The entity's simple name.</param>
/// <param name="FullName">Its fully qualified name.</param>
/// <param name="Owner">When rows are made per row of a parent (a collection navigation with <c>[Count]</c>), that link; null for a root table sized by <c>Count&lt;T&gt;</c>.</param>
/// <param name="References">Parents picked for each row from the parent's whole table (many-to-one), in declaration order.</param>
/// <param name="KeyType">The type of the entity's single key member when it is generated (row index + 1, a Guid, a string), else null.</param>
internal sealed record TablePlan(string Entity, string FullName, LinkPlan? Owner, EquatableArray<LinkPlan> References, string? KeyType)
{
    /// <summary>Every link to a parent: the owner first, then the picks.</summary>
    public System.Collections.Generic.IEnumerable<LinkPlan> Parents => Owner is null ? References : System.Linq.Enumerable.Prepend(References, Owner);
}

/// <summary>A many-to-one link from a child table to a parent table, and how both sides are set.</summary>
/// <param name="Parent">The parent entity's simple name.</param>
/// <param name="Reference">The child's reference navigation to the parent, if it has one.</param>
/// <param name="Collection">The parent's collection navigation of children, if it has one (and it can be added to).</param>
/// <param name="CollectionFill">How generated code adds to <paramref name="Collection"/>.</param>
/// <param name="ForeignKey">The child's foreign-key member, if it has one (else the key is a shadow property and only the navigation is set).</param>
/// <param name="IsRequired">Whether every child has a parent.</param>
/// <param name="NullRate">An optional link's null rate: declared, or NaN for the options' rate.</param>
/// <param name="Count">For an owner link: children per parent.</param>
/// <param name="StreamKey">The stable hash that keys the link's random choices (children per parent, or which parent).</param>
/// <param name="Source">The link as a person reads it, e.g. <c>Customer.Orders ↔ Order.Customer</c>.</param>
/// <param name="Sequence">For an owner link whose collection carries <c>[Sequence]</c>: the state machine the children follow.</param>
/// <param name="DistinctPerOwner">For a pick: the unique index (as written) that makes the children of one owner pick distinct parents, or null.</param>
/// <param name="Popularity">For a pick: the Zipf exponent of <c>[Popularity]</c>, or 0 for uniform picks.</param>
/// <param name="PointsBack">For an optional pick that closes a cycle of foreign keys: its parent table comes after the child's, so the row is inserted with the key null and updated after.</param>
/// <param name="Skip">For the pick of a join entity's other side: the skip navigations each row's pair is added to.</param>
/// <param name="CompositeKey">A composite foreign key's parts (then <paramref name="ForeignKey"/> is null): each copies a part of the parent row's key.</param>
internal sealed record LinkPlan(
    string Parent,
    string? Reference,
    string? Collection,
    CollectionFill CollectionFill,
    string? ForeignKey,
    bool IsRequired,
    double NullRate,
    CountPlan? Count,
    ulong StreamKey,
    string Source,
    SequencePlan? Sequence = null,
    string? DistinctPerOwner = null,
    double Popularity = 0,
    bool PointsBack = false,
    EquatableArray<ForeignKeyPart> CompositeKey = default,
    SkipPlan? Skip = null)
{
    /// <summary>Whether the child's parent is a row of the child's own table (a tree, e.g. an employee's manager).</summary>
    public bool IsSelf(TablePlan child) => Parent == child.Entity;

    /// <summary>Whether a row of <paramref name="child"/> may have no parent on this link: a pick of a nullable key, or of a row of its own table (the first row has none).</summary>
    public bool IsOptionalIn(TablePlan child) => this != child.Owner && (!IsRequired || IsSelf(child));
}

/// <summary>The two skip navigations of a many-to-many through a join entity, which each join row's pair is added to.</summary>
/// <param name="OwnerNavigation">The owner side's skip navigation of the picked side.</param>
/// <param name="OwnerFill">How generated code adds to it.</param>
/// <param name="Navigation">The picked side's skip navigation back.</param>
/// <param name="Fill">How generated code adds to it.</param>
/// <param name="OwnerFullName">The owner side's fully qualified name.</param>
/// <param name="PickedFullName">The picked side's fully qualified name.</param>
internal sealed record SkipPlan(string OwnerNavigation, CollectionFill OwnerFill, string Navigation, CollectionFill Fill, string OwnerFullName, string PickedFullName);

/// <summary>One part of a foreign key: the child's member and the parent's key member it copies.</summary>
/// <param name="Member">The child's foreign-key member.</param>
/// <param name="ParentMember">The parent's key member.</param>
internal sealed record ForeignKeyPart(string Member, string ParentMember);

/// <summary>Children per parent: uniform in [Min, Max], or Poisson(Mean) truncated to it when Mean is positive.</summary>
/// <param name="Min">The fewest.</param>
/// <param name="Max">The most.</param>
/// <param name="Mean">The Poisson mean, or 0 for uniform.</param>
/// <param name="Declared">The <c>[Count]</c> as written, or a description of the default.</param>
internal sealed record CountPlan(int Min, int Max, double Mean, string Declared);

/// <summary>
/// A <c>[Sequence]</c>: each parent's children, in row order, are a path of a state machine from its initial
/// state, with strictly increasing times inside the time member's own bounds.
/// </summary>
/// <param name="StateMember">The child's enum member that takes the states.</param>
/// <param name="StateType">The enum's fully qualified name.</param>
/// <param name="States">The enum members that are states, by index.</param>
/// <param name="Initial">The initial state's index.</param>
/// <param name="From">Each transition's source state index.</param>
/// <param name="To">Each transition's target state index (parallel to <paramref name="From"/>).</param>
/// <param name="TimeMember">The child's member that takes the times.</param>
/// <param name="TimeKind">The time member's type.</param>
/// <param name="TimeMinUnits">The time member's smallest value, in its lattice units.</param>
/// <param name="TimeMaxUnits">The time member's largest value, in its lattice units.</param>
/// <param name="TicksPerUnit">Ticks per lattice unit (1 for a DateOnly, whose units are days).</param>
/// <param name="TimeStreamKey">The stable hash that keys the times' draws.</param>
/// <param name="CurrentStateMember">The parent's <c>[CurrentStateOf]</c> member, if any: it takes the last state.</param>
/// <param name="Floors">The parent's members every time must follow.</param>
internal sealed record SequencePlan(
    string StateMember,
    string StateType,
    EquatableArray<string> States,
    int Initial,
    EquatableArray<int> From,
    EquatableArray<int> To,
    string TimeMember,
    ScalarKind TimeKind,
    long TimeMinUnits,
    long TimeMaxUnits,
    long TicksPerUnit,
    ulong TimeStreamKey,
    string? CurrentStateMember,
    EquatableArray<TimeFloor> Floors);

/// <summary>A parent's member that the times of its events follow: <c>[GreaterThan("Claim.FiledAt")]</c> on the time.</summary>
/// <param name="ParentMember">The parent's member.</param>
/// <param name="IsStrict">Whether the times must be strictly after it.</param>
internal sealed record TimeFloor(string ParentMember, bool IsStrict);
