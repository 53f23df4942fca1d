using ConstrainedFakes.Randomness;

namespace ConstrainedFakes.Text;

/// <summary>The successive draws of one text value in one row: draw k is a pure function of (stream, row, k).</summary>
internal struct WordDraws(ulong stream, long row, int attempt)
{
    // Each attempt owns a block of draw indices, so a redraw never repeats an earlier attempt's choices.
    private int _next = attempt * 64;

    // Every draw of this value shares (stream, row): mix them once, not once per draw. Same bits as CounterRng.Next.
    private readonly ulong _rowKey = CounterRng.RowKey(stream, row);

    public int Below(int count) => (int)Math.BigMul(CounterRng.NextFromRowKey(_rowKey, _next++), (ulong)count, out _);

    public string Pick(string[] words) => words[Below(words.Length)];

    public char Digit(bool nonZero = false) => (char)(nonZero ? '2' + Below(8) : '0' + Below(10));

    /// <summary>Replaces <c>#</c> with a digit and <c>!</c> with a digit from 2 to 9, as Bogus' formats mean.</summary>
    public string Digits(string format)
    {
        var chars = format.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '#') chars[i] = Digit();
            else if (chars[i] == '!') chars[i] = Digit(nonZero: true);
        }
        return new string(chars);
    }
}
