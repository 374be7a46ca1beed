using System.Linq;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>Repeated short text becomes one string; every answer is the text asked for, however the pool fills.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Equal_short_text_is_one_string_and_long_text_is_copied()
    {
        var pool = new StringPool();
        var longText = new string('d', 65);
        var text = "type: string; type: string; " + longText + longText;

        var first = pool.Get(text, 0, 4);
        var second = pool.Get(text, 14, 4);
        var firstLong = pool.Get(text, 28, 65);
        var secondLong = pool.Get(text, 93, 65);

        Assert.Equal("type", first);
        Assert.Same(first, second);
        Assert.Equal(longText, secondLong);
        Assert.NotSame(firstLong, secondLong);
        Assert.Equal("", pool.Get(text, 3, 0));
    }

    [Fact]
    public void Every_piece_of_a_large_text_comes_back_as_written()
    {
        var pool = new StringPool();
        var words = Enumerable.Range(0, 200_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var text = string.Concat(words);

        for (var round = 0; round < 2; round++)
        {
            var start = 0;
            foreach (var word in words)
            {
                Assert.Equal(word, pool.Get(text, start, word.Length));
                start += word.Length;
            }
        }
    }
}
