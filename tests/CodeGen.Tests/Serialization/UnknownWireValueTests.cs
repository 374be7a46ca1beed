using System.Collections.Generic;
using System.Text.Json;
using CodeGen.Tests.Evolving;
using Xunit;
using EV = CodeGen.Tests.Evolving;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// A server newer than the client sends enum values and properties this version does not know (Serialization/Specs/
/// evolving.yaml): they are read, kept, and written back exactly as they came, with reflection-based serialisation off.
/// </summary>
public sealed class UnknownWireValueTests
{
    private static readonly JsonSerializerOptions Options = EV.Serialization.EvolvingJsonResolver.Options;

    [Fact]
    public void A_task_from_a_newer_server_is_written_back_byte_for_byte()
    {
        const string json = """{"title":"t","priority":"urgent-ish","stage":"4","weight":40,"labels":["high","urgent-ish","later"],"extra":{"a":[1,2.50,{"b":null}]},"more":[true,"x"]}""";

        var task = RoundTripTests.Read<EV.TaskModel>(json, Options);

        Assert.Equal(json, Write(task));
    }

    [Fact]
    public void An_unknown_string_value_is_held_by_a_value_that_is_no_member_and_keeps_its_wire_value()
    {
        var task = RoundTripTests.Read<EV.TaskModel>("""{"title":"t","priority":"urgent-ish","labels":["urgent-ish","high"]}""", Options);

        Assert.False(task.Priority.IsDefined());
        Assert.True(task.Priority.WasReadFromWire());
        Assert.Equal("urgent-ish", task.Priority.ToWireValue());
        Assert.Equal(task.Priority, task.Labels![0]);
        Assert.Equal(EV.Priority.High, task.Labels[1]);
        Assert.False(EV.PriorityExtensions.TryParseWireValue("urgent-ish", out _));
        Assert.False(EV.Priority.High.WasReadFromWire());
    }

    [Fact]
    public void Members_map_to_and_from_their_wire_values_in_each_kind_of_enum()
    {
        Assert.Equal("urgent", EV.Priority.Urgent.ToWireValue());
        Assert.True(EV.PriorityExtensions.TryParseWireValue("high", out var priority));
        Assert.Equal(EV.Priority.High, priority);
        Assert.False(EV.PriorityExtensions.TryParseWireValue(null, out _));

        Assert.Equal("2", ((EV.Stage)2).ToWireValue());
        Assert.Equal("7", ((EV.Stage)7).ToWireValue());
        Assert.True(EV.StageExtensions.TryParseWireValue("3", out var stage));
        Assert.Equal((EV.Stage)3, stage);

        Assert.Equal(20L, ((EV.Weight)20).ToWireValue());
        Assert.True(((EV.Weight)30).IsDefined());
        Assert.False(((EV.Weight)31).IsDefined());
        Assert.True(EV.WeightExtensions.TryParseWireValue(10L, out var weight));
        Assert.Equal((EV.Weight)10, weight);
        // A number beyond the enum's int range is no member, not a member its low bits happen to match.
        Assert.False(EV.WeightExtensions.TryParseWireValue(10L + (1L << 32), out _));

        var task = RoundTripTests.Read<EV.TaskModel>("""{"title":"t","priority":"high","stage":"2","weight":30}""", Options);
        Assert.Equal((EV.Priority.High, (EV.Stage)2, (EV.Weight)30), (task.Priority, task.Stage, task.Weight));
        Assert.Equal("""{"title":"t","priority":"high","stage":"2","weight":30}""", Write(task));
    }

    [Fact]
    public void A_number_cast_to_a_string_enum_still_has_no_wire_value()
    {
        var task = new EV.TaskModel { Title = "t", Priority = (EV.Priority)99 };

        Assert.False(task.Priority.WasReadFromWire());
        Assert.Throws<System.ArgumentOutOfRangeException>(() => task.Priority.ToWireValue());
        var error = Assert.Throws<JsonException>(() => Write(task));
        Assert.Contains("Priority has no wire value for 99", error.Message);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("-7")]
    [InlineData("+4")]
    [InlineData("04")]
    [InlineData("3000000000")]
    [InlineData("-2147483648")]
    [InlineData("urgent-ish")]
    public void An_unknown_code_of_an_integer_coded_string_enum_is_written_back_as_it_came(string code)
    {
        var json = $$"""{"title":"t","priority":"low","stage":"{{code}}"}""";

        var task = RoundTripTests.Read<EV.TaskModel>(json, Options);

        // The writer escapes "+" as \u002B: the same JSON string, in other bytes.
        Assert.Equal(code, JsonDocument.Parse(Write(task)).RootElement.GetProperty("stage").GetString());
        Assert.Equal(code, task.Stage!.Value.ToWireValue());
        Assert.True(task.Stage.Value.WasReadFromWire());
    }

    [Fact]
    public void A_canonical_integer_code_is_held_as_its_own_number()
    {
        var task = RoundTripTests.Read<EV.TaskModel>("""{"title":"t","priority":"low","stage":"4"}""", Options);

        Assert.Equal((EV.Stage)4, task.Stage);
    }

    [Fact]
    public void An_unknown_integer_enum_value_round_trips_as_the_number()
    {
        var task = RoundTripTests.Read<EV.TaskModel>("""{"title":"t","priority":"low","weight":-40}""", Options);

        Assert.Equal((EV.Weight)(-40), task.Weight);
        Assert.True(task.Weight!.Value.WasReadFromWire());
        Assert.Equal(-40L, task.Weight.Value.ToWireValue());
        Assert.Contains("\"weight\":-40", Write(task));
    }

    [Fact]
    public void Unknown_properties_are_kept_in_order_including_nested_objects_and_arrays()
    {
        var board = RoundTripTests.Read<EV.Board>(
            """{"tasks":[{"title":"t","priority":"low","due":{"at":"2030-01-01","tz":["UTC"]}}],"z":1,"a":{"nested":[{"deep":true}]},"m":null}""", Options);

        Assert.Equal(new[] { "z", "a", "m" }, new List<string>(board.AdditionalProperties!.Keys));
        Assert.Equal(JsonValueKind.Null, board.AdditionalProperties["m"].ValueKind);
        Assert.True(board.AdditionalProperties["a"].GetProperty("nested")[0].GetProperty("deep").GetBoolean());
        Assert.Equal("""{"at":"2030-01-01","tz":["UTC"]}""", board.Tasks![0].AdditionalProperties!["due"].GetRawText());
        Assert.Equal(
            """{"tasks":[{"title":"t","priority":"low","due":{"at":"2030-01-01","tz":["UTC"]}}],"z":1,"a":{"nested":[{"deep":true}]},"m":null}""",
            JsonSerializer.Serialize(board, RoundTripTests.TypeInfo<EV.Board>(Options)));
    }

    [Fact]
    public void A_model_without_unknown_properties_has_none()
    {
        var task = RoundTripTests.Read<EV.TaskModel>("""{"title":"t","priority":"low"}""", Options);

        Assert.Null(task.AdditionalProperties);
    }

    [Fact]
    public void Unknown_properties_are_kept_even_where_the_schema_forbids_them()
    {
        var owner = RoundTripTests.Read<EV.Owner>("""{"name":"n","additionalProperties":"declared","team":"blue"}""", Options);

        Assert.Equal("declared", owner.AdditionalPropertiesValue);
        Assert.Equal("blue", owner.AdditionalProperties!["team"].GetString());
        Assert.Equal("""{"name":"n","additionalProperties":"declared","team":"blue"}""", JsonSerializer.Serialize(owner, RoundTripTests.TypeInfo<EV.Owner>(Options)));
    }

    [Fact]
    public void Properties_set_in_code_are_written_after_the_declared_ones()
    {
        var task = new EV.TaskModel
        {
            Title = "t",
            Priority = EV.Priority.Urgent,
            AdditionalProperties = new Dictionary<string, JsonElement> { ["assignee"] = JsonDocument.Parse("\"ann\"").RootElement.Clone() },
        };

        Assert.Equal("""{"title":"t","priority":"urgent","assignee":"ann"}""", Write(task));
    }

    [Fact]
    public void At_most_a_fixed_number_of_unknown_strings_are_held_per_enum_and_codes_are_still_kept()
    {
        var unknown = new EV.Serialization.EvolvingJsonWire.UnknownWireValues("Stage", int.MinValue, int.MaxValue);
        for (var i = 0; i < 1024; i++) Assert.Equal((long)int.MinValue + i, unknown.Hold("value " + i, integerCodes: true));

        Assert.Equal((long)int.MinValue, unknown.Hold("value 0", integerCodes: true));
        Assert.Equal(4L, unknown.Hold("4", integerCodes: true));
        Assert.False(unknown.WasRead(4));
        var error = Assert.Throws<JsonException>(() => unknown.Hold("value 1024", integerCodes: true));
        Assert.Contains("Stage: more than 1024 values", error.Message);
    }

    private static string Write(EV.TaskModel task) => JsonSerializer.Serialize(task, RoundTripTests.TypeInfo<EV.TaskModel>(Options));
}
