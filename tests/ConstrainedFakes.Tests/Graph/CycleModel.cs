namespace ConstrainedFakes.Tests.Graph;

// Two entities that each require the other: no insert order puts every parent first.

[ConstrainedFaker(typeof(Chicken))]
public partial class CycleFaker;

public class Chicken
{
    public int Id { get; set; }

    public int EggId { get; set; }

    public Egg Egg { get; set; } = null!;
}

public class Egg
{
    public int Id { get; set; }

    public int ChickenId { get; set; }

    public Chicken Chicken { get; set; } = null!;
}
