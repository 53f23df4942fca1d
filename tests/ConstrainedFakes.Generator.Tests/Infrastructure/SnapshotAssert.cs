using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ConstrainedFakes.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in expected file <c>Snapshots/{name}.g.cs</c>. On a mismatch it writes
/// <c>{name}.received.g.cs</c> next to it and fails with a line diff; with <c>CONSTRAINEDFAKES_ACCEPT=1</c>
/// it overwrites the expected file instead. Kept small so it can be swapped for Verify later.
/// </summary>
internal static class SnapshotAssert
{
    public const string AcceptVariable = "CONSTRAINEDFAKES_ACCEPT";
    private const string Extension = ".g.cs";
    private const string ReceivedExtension = ".received.g.cs";
    private const int Context = 2;

    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot <paramref name="name"/> in this project's Snapshots folder.</summary>
    /// <param name="actual">The text produced by the test.</param>
    /// <param name="name">The snapshot's name, usually the test's.</param>
    /// <param name="callerFile">Filled in by the compiler; locates the project from the calling test's source file.</param>
    public static void Matches(string actual, string name, [CallerFilePath] string callerFile = "")
        => Matches(actual, name, SnapshotDirectory(callerFile), Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    /// <summary>The comparison itself, with the folder and the accept switch given (for the helper's own tests).</summary>
    public static void Matches(string actual, string name, string directory, bool accept)
    {
        actual = Normalize(actual);
        var expectedPath = Path.Combine(directory, name + Extension);
        var receivedPath = Path.Combine(directory, name + ReceivedExtension);

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(expectedPath, actual, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(receivedPath, actual, Utf8NoBom);
            throw new XunitException(
                $"No snapshot '{name}' yet: {expectedPath} does not exist. The output was written to {receivedPath}.\n" +
                $"Read it, then accept it by running the tests with {AcceptVariable}=1 (or rename the received file).");
        }

        var expected = Normalize(File.ReadAllText(expectedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        throw new XunitException(
            $"Snapshot '{name}' does not match {expectedPath}.\n" +
            $"Received output: {receivedPath}\n" +
            $"Lines marked - are expected, + received:\n{Diff(expected, actual)}" +
            $"If the new output is right, run the tests with {AcceptVariable}=1 to accept it.");
    }

    /// <summary>A diff of the changed lines with <see cref="Context"/> unchanged lines around each change, numbered by expected/received line.</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        // Line numbers in the expected (old) and received (new) text, for each diff line.
        var numbers = new (int Old, int New)[lines.Count];
        int oldLine = 0, newLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Inserted) oldLine++;
            if (lines[i].Type != ChangeType.Deleted) newLine++;
            numbers[i] = (oldLine, newLine);
        }

        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) shown[j] = true;
        }

        var diff = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!shown[i]) continue;
            if (i == 0 || !shown[i - 1]) diff.Append($"@@ expected line {numbers[i].Old}, received line {numbers[i].New} @@\n");
            var (marker, number) = lines[i].Type switch
            {
                ChangeType.Deleted => ('-', numbers[i].Old),
                ChangeType.Inserted => ('+', numbers[i].New),
                _ => (' ', numbers[i].New),
            };
            diff.Append($"{marker} {number,4}: {lines[i].Text}\n");
        }
        return diff.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The project's Snapshots folder: found upwards from the calling source file, or from the project
    /// directory stamped into the assembly when source paths are mapped (deterministic CI builds).
    /// </summary>
    private static string SnapshotDirectory(string callerFile)
    {
        for (var directory = Path.GetDirectoryName(callerFile); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*.csproj").Any())
                return Path.Combine(directory, "Snapshots");
        }
        var stamped = typeof(SnapshotAssert).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ConstrainedFakes.Generator.Tests.ProjectDirectory")?.Value;
        return stamped is not null && Directory.Exists(stamped)
            ? Path.Combine(stamped, "Snapshots")
            : throw new InvalidOperationException($"Cannot find the test project's folder from {callerFile}.");
    }
}
