using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CodeGen.Tests.Constraints;
using Xunit;

namespace CodeGen.Tests.Validation;

/// <summary>
/// Each validation keyword, broken once, through the validators generated from Validation/Specs/constraints.yaml:
/// the exact path, rule and message reported, and nothing else.
/// </summary>
public sealed class ConstraintKeywordTests
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static TheoryData<string, Action<Thing>, string[]> BrokenThings => new()
    {
        { "required string is null", t => t.Code = null!, ["code|required|is required."] },
        { "minLength", t => t.Code = "A", ["code|minLength|must be at least 2 characters long; it has 1."] },
        { "maxLength", t => t.Code = "ABCDEF", ["code|maxLength|must be at most 5 characters long; it has 6."] },
        { "pattern", t => t.Code = "ab", ["code|pattern|must match the pattern ^[A-Z]+\\d*$."] },
        { "pattern digits are ASCII, as in ECMAScript", t => t.Code = "AB\u0663", ["code|pattern|must match the pattern ^[A-Z]+\\d*$."] },
        { "maxLength of a nullable required value", t => t.Nickname = "abcd", ["nickname|maxLength|must be at most 3 characters long; it has 4."] },
        { "format email", t => t.Email = "not-an-email", ["email|format|must be an email address such as name@example.com."] },
        { "format uri without a scheme", t => t.Website = "/relative/path", ["website|format|must be an absolute URI such as https://example.com/path."] },
        { "minimum", t => t.Count = 0, ["count|minimum|must be at least 1; it is 0."] },
        { "maximum", t => t.Count = 11, ["count|maximum|must be at most 10; it is 11."] },
        { "exclusiveMinimum (OpenAPI 3.0 boolean)", t => t.Ratio = 0, ["ratio|exclusiveMinimum|must be greater than 0; it is 0."] },
        { "NaN is reported alone, without bounds", t => t.Ratio = double.NaN, ["ratio|type|must be a finite number; it is NaN."] },
        { "decimal minimum", t => t.Price = 0.001m, ["price|minimum|must be at least 0.01; it is 0.001."] },
        { "decimal exclusiveMaximum", t => t.Price = 9999.99m, ["price|exclusiveMaximum|must be less than 9999.99; it is 9999.99."] },
        { "int64 minimum beyond int", t => t.Serial = 4_999_999_999L, ["serial|minimum|must be at least 5000000000; it is 4999999999."] },
        { "minItems", t => t.Tags = [], ["tags|minItems|must hold at least 1 item; it holds 0."] },
        { "maxItems", t => t.Tags = ["a", "b", "c", "d"], ["tags|maxItems|must hold at most 3 items; it holds 4."] },
        { "uniqueItems of strings", t => t.Tags = ["a", "b", "a"], ["tags|uniqueItems|must not repeat an item; items 0 and 2 are equal."] },
        { "null item", t => t.Tags = ["a", null!], ["tags[1]|nullable|must not be null."] },
        { "maxLength of an item, in code points", t => t.Tags = [string.Concat(Enumerable.Repeat("\U0001F600", 9))], ["tags[0]|maxLength|must be at most 8 characters long; it has 9."] },
        { "minimum of an item", t => t.Levels = [1, -1], ["levels[1]|minimum|must be at least 0; it is -1."] },
        { "uniqueItems of numbers", t => t.Levels = [1, 1], ["levels|uniqueItems|must not repeat an item; items 0 and 1 are equal."] },
        { "maxItems of a nested array", t => t.Matrix = [[1, 2, 3]], ["matrix[0]|maxItems|must hold at most 2 items; it holds 3."] },
        { "maximum in a nested array", t => t.Matrix = [[1], [1, 10]], ["matrix[1][1]|maximum|must be at most 9; it is 10."] },
        { "required object is null", t => t.Owner = null!, ["owner|required|is required."] },
        { "nested object", t => t.Owner = new Person { Name = "" }, ["owner.name|minLength|must be at least 1 character long; it has 0."] },
        { "object in an array", t => t.Friends = [new Person { Name = "A" }, new Person { Name = "B", Email = "b@" }], ["friends[1].email|format|must be an email address such as name@example.com."] },
        { "null object in an array", t => t.Friends = [null!], ["friends[0]|nullable|must not be null."] },
        { "exclusiveMaximum in an object in an array", t => t.Friends = [new Person { Name = "A", Age = 150 }], ["friends[0].age|exclusiveMaximum|must be less than 150; it is 150."] },
        { "pattern of a map value", t => t.Labels = new() { ["ok"] = "abc", ["bad"] = "ABC" }, ["labels.bad|pattern|must match the pattern ^[a-z]+$."] },
        { "map key that is not a plain name", t => t.Labels = new() { ["odd key"] = "X" }, ["labels['odd key']|pattern|must match the pattern ^[a-z]+$."] },
        { "null map value", t => t.Labels = new() { ["k"] = null! }, ["labels.k|nullable|must not be null."] },
        { "object in a map, key with a quote", t => t.Contacts = new() { ["it's"] = new Person { Name = "" } }, ["contacts['it\\'s'].name|minLength|must be at least 1 character long; it has 0."] },
        { "string enum value not defined", t => t.Color = (Color)99, ["color|enum|must be one of \"red\", \"green\"."] },
        { "integer enum value not defined", t => t.Size = (Size)7, ["size|enum|must be one of 1, 2, 3; it is 7."] },
        { "uniqueItems of enums", t => t.Colors = [Color.Red, Color.Green, Color.Red], ["colors|uniqueItems|must not repeat an item; items 0 and 2 are equal."] },
        { "enum item not defined", t => t.Colors = [default], ["colors[0]|enum|must be one of \"red\", \"green\"."] },
        { "required untyped value never set", t => t.Payload = default, ["payload|required|is required."] },
        {
            "several at once, in property order",
            t =>
            {
                t.Code = null!;
                t.Count = 0;
                t.Tags = ["x", "x"];
                t.Owner.Name = "";
                t.Friends = [new Person { Name = "F", Email = "f" }];
            },
            [
                "code|required|is required.",
                "count|minimum|must be at least 1; it is 0.",
                "tags|uniqueItems|must not repeat an item; items 0 and 1 are equal.",
                "owner.name|minLength|must be at least 1 character long; it has 0.",
                "friends[0].email|format|must be an email address such as name@example.com.",
            ]
        },
    };

    public static TheoryData<string, Action<Thing>> ValidVariants => new()
    {
        { "nullable required value is null", t => t.Nickname = null },
        { "minLength and maxLength exactly", t => t.Code = "ABCDE" },
        { "astral characters count once", t => t.Tags = [string.Concat(Enumerable.Repeat("\U0001F600", 8))] },
        { "inclusive maximum", t => t.Ratio = 1 },
        { "email", t => t.Email = "first.last+tag@mail.example.co" },
        { "uri", t => t.Website = "https://example.com/a?b=c#d" },
        { "uniqueItems of many distinct strings", t => t.Labels = Enumerable.Range(0, 40).ToDictionary(i => "k" + i, _ => "abc") },
        { "empty nested array", t => t.Matrix = [[]] },
        { "all enum members", t => t.Colors = [Color.Red, Color.Green] },
    };

    [Fact]
    public void A_request_that_meets_every_constraint_is_valid()
    {
        var result = Valid().Validate();

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Errors);
        Assert.Equal("The request meets every constraint of the API.", result.ToString());
    }

    [Theory]
    [MemberData(nameof(ValidVariants))]
    public void Edge_values_within_the_constraints_are_valid(string variant, Action<Thing> change)
    {
        var thing = Valid();
        change(thing);

        var result = thing.Validate();

        Assert.True(result.IsValid, $"{variant}: {result}");
    }

    [Theory]
    [MemberData(nameof(BrokenThings))]
    public void A_broken_constraint_is_reported_with_its_path_rule_and_message(string constraint, Action<Thing> breakIt, string[] expected)
    {
        var thing = Valid();
        breakIt(thing);

        var result = thing.Validate();

        Assert.False(result.IsValid, constraint);
        Assert.Equal(expected, result.Errors.Select(e => $"{e.Path}|{e.Rule}|{e.Message}"));
    }

    [Fact]
    public void Uniqueness_of_a_long_list_is_checked_by_hash_and_reports_the_first_repeat()
    {
        var thing = Valid();
        thing.Levels = Enumerable.Range(0, 100).Append(42).ToList();

        var error = Assert.Single(thing.Validate().Errors);

        Assert.Equal(("levels", "uniqueItems", "must not repeat an item; items 42 and 100 are equal."), (error.Path, error.Rule, error.Message));
    }

    [Fact]
    public void A_pattern_that_backtracks_too_long_is_reported_after_the_match_timeout_instead_of_hanging()
    {
        var thing = Valid();
        thing.Slow = new string('a', 40) + "!";

        var started = DateTime.UtcNow;
        var error = Assert.Single(thing.Validate().Errors);

        Assert.Equal("slow", error.Path);
        Assert.Equal("pattern", error.Rule);
        Assert.Equal("could not be matched against the pattern ^(a|aa)+$ within 1000 ms.", error.Message);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void An_object_that_contains_itself_fails_clearly_instead_of_overflowing_the_stack()
    {
        var thing = Valid();
        var node = new Node { Label = "loop" };
        node.Next = node;
        thing.Chain = node;

        var exception = Assert.Throws<InvalidOperationException>(() => thing.Validate());

        Assert.Equal("The request nests more than 1000 levels deep; does an object contain itself?", exception.Message);
    }

    [Fact]
    public void A_self_referencing_schema_is_validated_all_the_way_down()
    {
        var thing = Valid();
        thing.Chain = new Node { Label = "a", Next = new Node { Label = "b", Next = new Node { Label = "" } } };

        var error = Assert.Single(thing.Validate().Errors);

        Assert.Equal("chain.next.next.label|minLength", $"{error.Path}|{error.Rule}");
    }

    internal static Thing Valid() => new()
    {
        Code = "AB1",
        Nickname = "Al",
        Count = 5,
        Tags = ["tag"],
        Owner = new Person { Name = "Ann", Email = "ann@example.com", Age = 30 },
        Payload = EmptyObject,
    };
}
