using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing;
using CodeGen.Tests.Selection;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>A component copied only to add <c>nullable: true</c> is the original's type, nullable; any other difference keeps it apart.</summary>
public sealed class NullableTwinsTests
{
    private const string Paths = """
        openapi: 3.0.3
        info: { title: Twins, version: "1" }
        paths:
          /issues/{id}:
            get:
              operationId: getIssue
              parameters:
                - { name: id, in: path, required: true, schema: { type: integer } }
                - { name: reviewer, in: query, style: deepObject, schema: { $ref: '#/components/schemas/nullable-user' } }
              responses:
                "200": { description: The issue., content: { application/json: { schema: { $ref: '#/components/schemas/issue' } } } }
          /me:
            get:
              operationId: getMe
              responses:
                "200": { description: Me., content: { application/json: { schema: { $ref: '#/components/schemas/nullable-user' } } } }
          /users:
            get:
              operationId: listUsers
              responses:
                "200": { description: Users., content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/user' } } } } }
        components:
          schemas:
            issue:
              type: object
              properties:
                assignee: { $ref: '#/components/schemas/nullable-user' }
                author: { $ref: '#/components/schemas/user' }

        """;

    private const string User = """
              type: object
              required: [login]
              properties:
                login: { type: string }
                home: { type: object, properties: { city: { type: string } } }
                work: { type: object, properties: { city: { type: string } } }

        """;

    private static SpecResult Read(string nullableUser, string user = "      title: User\n      description: A user.\n" + User, OperationSelection? selection = null)
    {
        var spec = Paths + "    nullable-user:\n" + nullableUser + "    user:\n" + user;
        var result = SpecReader.Read(new SpecInput("/p/twins.yaml", spec, null, null, null) { Selection = selection ?? OperationSelection.All }, default);
        Assert.NotNull(result.Model);
        return result;
    }

    private static string Copy(string differences = "") => "      title: Nullable user\n      description: A user, or null.\n      nullable: true\n" + differences + User;

    private static PropertyModel Property(SpecResult result, string type, string property) =>
        result.Model!.Objects.Single(o => o.Name == type).Properties.Single(p => p.Name == property);

    private static string?[] ObjectNames(SpecResult result) => result.Model!.Objects.Select(o => o.Name).OrderBy(n => n).ToArray();

    [Fact]
    public void A_nullable_copy_with_its_own_title_and_description_is_the_original_type_nullable_at_every_use()
    {
        var result = Read(Copy());

        Assert.Equal(new[] { "Issue", "User", "UserHome" }, ObjectNames(result));
        Assert.Equal("User", Property(result, "Issue", "Assignee").Type.Name);
        Assert.True(Property(result, "Issue", "Assignee").IsNullable);
        Assert.False(Property(result, "Issue", "Author").IsNullable);
        var operations = result.Model!.Operations;
        Assert.Equal("User", operations.Single(o => o.Name == "GetIssue").Parameters.Single(p => p.WireName == "reviewer").Type.Name);
        Assert.Equal("User", operations.Single(o => o.Name == "GetMe").Responses.Single().Body!.Name);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_use_keeps_the_documentation_it_had()
    {
        var result = Read(Copy());

        Assert.Equal("Nullable user", Property(result, "Issue", "Assignee").Documentation.Summary);
        Assert.Equal("User", result.Model!.Objects.Single(o => o.Name == "User").Documentation.Summary);
    }

    [Theory]
    [InlineData("login: { type: string }", "login: { type: string, maxLength: 10 }")]
    [InlineData("required: [login]", "required: []")]
    [InlineData("city: { type: string }", "town: { type: string }")]
    public void A_copy_differing_in_one_property_stays_a_type_of_its_own(string text, string replacement)
    {
        var result = Read("      nullable: true\n" + User.Replace(text, replacement));

        Assert.Contains("NullableUser", ObjectNames(result));
        Assert.Equal("NullableUser", Property(result, "Issue", "Assignee").Type.Name);
    }

    [Fact]
    public void A_copy_that_is_not_nullable_stays_a_type_of_its_own()
    {
        var result = Read("      description: Another user.\n" + User);

        Assert.Equal("NullableUser", Property(result, "Issue", "Assignee").Type.Name);
    }

    [Fact]
    public void An_inline_type_first_met_in_the_copy_is_named_after_the_original()
    {
        var result = Read(Copy());

        Assert.Equal("UserHome", Property(result, "User", "Work").Type.Name);
        Assert.DoesNotContain("NullableUserHome", ObjectNames(result));
    }

    [Fact]
    public void A_selection_that_reaches_only_the_copy_generates_the_original_under_its_own_name()
    {
        var result = Read(Copy(), selection: OperationSelectionTests.Selection(includeOperations: "getMe"));

        Assert.Equal(new[] { "User", "UserHome" }, ObjectNames(result));
        Assert.Equal("User", result.Model!.Operations.Single().Responses.Single().Body!.Name);
    }

    [Fact]
    public void A_name_the_folded_copy_would_have_taken_is_left_to_the_schema_that_wants_it_without_a_report()
    {
        var result = Read(Copy(), User + "    NullableUser:\n      type: object\n      properties:\n        other: { type: string }\n");

        Assert.Equal(new[] { "Issue", "NullableUser", "User", "UserHome" }, ObjectNames(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId == "CGEN008");
    }
}
