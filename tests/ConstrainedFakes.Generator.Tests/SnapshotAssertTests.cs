using ConstrainedFakes.Generator.Tests.Infrastructure;
using Xunit.Sdk;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>The snapshot helper itself: matching, mismatch diffs, missing files and accepting.</summary>
public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cf-snapshots-" + Guid.NewGuid().ToString("N"));

    public SnapshotAssertTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private const string Expected = "line one\nline two\nline three\nline four\nline five\nline six\nline seven\nline eight\n";

    [Fact]
    public void Equal_text_passes_whatever_the_line_endings()
    {
        File.WriteAllText(Path.Combine(_directory, "Same.g.cs"), Expected);

        SnapshotAssert.Matches(Expected.Replace("\n", "\r\n"), "Same", _directory, accept: false);

        Assert.False(File.Exists(Path.Combine(_directory, "Same.received.g.cs")));
    }

    [Fact]
    public void Mismatch_fails_with_a_diff_naming_the_changed_line_and_writes_the_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "Changed.g.cs"), Expected);
        var actual = Expected.Replace("line five", "line 5");

        var failure = Assert.Throws<XunitException>(() => SnapshotAssert.Matches(actual, "Changed", _directory, accept: false));

        Assert.Contains("-    5: line five", failure.Message);
        Assert.Contains("+    5: line 5", failure.Message);
        Assert.Contains("@@ expected line 3, received line 3 @@", failure.Message);
        // Context: two lines either side, nothing further away.
        Assert.Contains("     3: line three", failure.Message);
        Assert.Contains("     7: line seven", failure.Message);
        Assert.DoesNotContain("line two", failure.Message);
        Assert.DoesNotContain("line eight", failure.Message);
        Assert.Contains(SnapshotAssert.AcceptVariable + "=1", failure.Message);
        Assert.Equal(actual, File.ReadAllText(Path.Combine(_directory, "Changed.received.g.cs")));
    }

    [Fact]
    public void Inserted_and_deleted_lines_are_numbered_in_their_own_file()
    {
        var diff = SnapshotAssert.Diff("a\nb\nc\n", "a\nc\nd\n");

        Assert.Contains("-    2: b", diff);
        Assert.Contains("+    3: d", diff);
    }

    [Fact]
    public void Missing_snapshot_fails_and_says_how_to_accept()
    {
        var failure = Assert.Throws<XunitException>(() => SnapshotAssert.Matches("text\n", "Missing", _directory, accept: false));

        Assert.Contains("No snapshot 'Missing'", failure.Message);
        Assert.Contains(SnapshotAssert.AcceptVariable + "=1", failure.Message);
        Assert.True(File.Exists(Path.Combine(_directory, "Missing.received.g.cs")));
    }

    [Fact]
    public void Accepting_overwrites_the_expected_file_and_removes_the_received_one()
    {
        File.WriteAllText(Path.Combine(_directory, "Accepted.g.cs"), "old\n");
        File.WriteAllText(Path.Combine(_directory, "Accepted.received.g.cs"), "new\r\n");

        SnapshotAssert.Matches("new\r\n", "Accepted", _directory, accept: true);

        Assert.Equal("new\n", File.ReadAllText(Path.Combine(_directory, "Accepted.g.cs")));
        Assert.False(File.Exists(Path.Combine(_directory, "Accepted.received.g.cs")));
        SnapshotAssert.Matches("new\n", "Accepted", _directory, accept: false);
    }
}
