using System.Text.Json;
using Xunit;
using EV = CodeGen.Tests.Evolving;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// A number the C# type cannot hold fails with a <see cref="JsonException"/> that names the expected range and the
/// JSON path of the value; it is never wrapped, rounded or turned into infinity.
/// </summary>
public sealed class NumberRangeTests
{
    private static readonly JsonSerializerOptions Options = EV.Serialization.EvolvingJsonResolver.Options;

    public static TheoryData<string, string, string> OutOfRange => new()
    {
        { "\"count\":3000000000", "$.tasks[3].count", "from -2147483648 to 2147483647 (int32) but found 3000000000" },
        { "\"count\":-2147483649", "$.tasks[3].count", "(int32) but found -2147483649" },
        { "\"count\":1.5", "$.tasks[3].count", "(int32) but found 1.5" },
        { "\"total\":9223372036854775808", "$.tasks[3].total", "(int64) but found 9223372036854775808" },
        { "\"total\":1e400", "$.tasks[3].total", "(int64) but found 1e400" },
        { "\"ratio\":1e39", "$.tasks[3].ratio", "within the range of float but found 1e39" },
        { "\"score\":1e400", "$.tasks[3].score", "within the range of double but found 1e400" },
        { "\"score\":-1e400", "$.tasks[3].score", "within the range of double but found -1e400" },
        { "\"price\":1e400", "$.tasks[3].price", "within the range of decimal but found 1e400" },
        { "\"weight\":3000000000", "$.tasks[3].weight", "(int32) but found 3000000000" },
        { "\"count\":\"7\"", "$.tasks[3].count", "expected an integer but found String" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_number_out_of_range_fails_with_its_path(string property, string path, string message)
    {
        var json = $$"""{"tasks":[{{Task("")}},{{Task("")}},{{Task("")}},{{Task("," + property)}}]}""";

        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<EV.Board>(json, Options));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
        Assert.EndsWith($"Path: {path}.", error.Message);
    }

    [Theory]
    [InlineData("""{"lanes":{"todo":{"title":"t","priority":"low","count":3000000000}}}""", "$.lanes.todo.count")]
    [InlineData("""{"lanes":{"to do's":{"title":"t","priority":"low","count":3000000000}}}""", "$.lanes['to do\\'s'].count")]
    [InlineData("""{"tasks":[{"title":"t","priority":"low","labels":["low",7]}]}""", "$.tasks[0].labels[1]")]
    [InlineData("""{"tasks":[{"title":"t","priority":"low","owner":{"name":5}}]}""", "$.tasks[0].owner.name")]
    [InlineData("""{"tasks":[{"title":"t","priority":"low"},null]}""", "$.tasks[1]")]
    [InlineData("""{"tasks":[{"title":"t"}]}""", "$.tasks[0]")]
    public void Errors_inside_maps_arrays_and_nested_objects_carry_the_full_path(string json, string path)
    {
        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<EV.Board>(json, Options));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Numbers_at_the_edges_of_their_range_are_read()
    {
        var task = RoundTripTests.Read<EV.TaskModel>(
            """{"title":"t","priority":"low","count":-2147483648,"total":9223372036854775807,"ratio":3.4e38,"score":1.7e308,"price":79228162514264337593543950335}""", Options);

        Assert.Equal((int.MinValue, long.MaxValue, 79228162514264337593543950335m), (task.Count, task.Total, task.Price));
        Assert.Equal(1.7e308, task.Score);
        Assert.Equal(3.4e38f, task.Ratio);
    }

    private static string Task(string more) => $$"""{"title":"t","priority":"low"{{more}}}""";
}
