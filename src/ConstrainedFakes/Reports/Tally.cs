namespace ConstrainedFakes.Reports;

/// <summary>Counts the rows a hard constraint applied to and those that break it, keeping the first few as examples.</summary>
internal sealed class Tally(CheckKind kind, string? member, string constraint)
{
    private const int MaxExamples = 3;
    private readonly List<string> _examples = [];
    private long _checked;
    private long _violations;

    public void Pass() => _checked++;

    public void Fail(string example)
    {
        _checked++;
        _violations++;
        if (_examples.Count < MaxExamples) _examples.Add(example);
    }

    public void Record(bool holds, Func<string> example)
    {
        if (holds) Pass();
        else Fail(example());
    }

    public ConstraintCheck ToCheck() => new()
    {
        Kind = kind,
        Member = member,
        Constraint = constraint,
        Checked = _checked,
        Violations = _violations,
        Examples = _examples.ToArray(),
    };
}
