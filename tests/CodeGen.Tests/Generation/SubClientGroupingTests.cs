using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CodeGen.Model;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// A big spec's operations are split into sub-clients by their first tag, else their first path segment; a small
/// spec, or one whose operations all fall in one group, keeps one flat client.
/// </summary>
public sealed class SubClientGroupingTests
{
    [Fact]
    public void Operations_are_grouped_by_their_first_tag_into_nested_sub_clients_that_compile()
    {
        var run = Run(Operation("/a", "listA", "alpha", "beta"), Operation("/b", "listB", "alpha"), Operation("/c", "listC", "beta"),
            Operation("/d", "listD", "beta"), Operation("/e", "listE", "gamma"), Operation("/f", "listF", "gamma"),
            Operation("/g", "listG", "gamma"), Operation("/h", "listH", "alpha"));

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, PropertiesOf(run));
        var alpha = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient+IAlphaClient")!;
        Assert.Equal(new[] { "ListAAsync", "ListAWithResponseAsync", "ListBAsync", "ListBWithResponseAsync", "ListHAsync", "ListHWithResponseAsync" },
            alpha.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "Grouped.GroupedClient.AlphaClient.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Grouped.IGroupedClient.IAlphaClient.g.cs");
        var root = run.Output.GetTypeByMetadataName("Grouped.GroupedClient")!;
        Assert.DoesNotContain(root.GetMembers(), m => m.Name.EndsWith("Async", System.StringComparison.Ordinal) && m.DeclaredAccessibility == Accessibility.Public);
    }

    [Fact]
    public void Untagged_operations_are_grouped_by_their_first_literal_path_segment_and_one_without_stays_on_the_root()
    {
        var run = Run(Operation("/orders", "listOrders"), Operation("/orders/{id}", "getOrder"), Operation("/{locale}/products", "listProducts"),
            Operation("/products/{sku}", "getProduct"), Operation("/users", "listUsers"), Operation("/users/{id}", "getUser"),
            Operation("/orders/{id}/lines", "listLines"), Operation("/", "getStatus"));

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "Orders", "Products", "Users" }, PropertiesOf(run));
        var orders = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient+IOrdersClient")!;
        Assert.Contains(orders.GetMembers(), m => m.Name == "ListLinesAsync");
        var root = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient")!;
        Assert.Contains(root.GetMembers(), m => m.Name == "GetStatusAsync");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sub_clients_with_credentials_a_rate_limit_and_a_batch_compile_with_and_without_the_hosting_references(bool withHosting)
    {
        var operations = Enumerable.Range(1, 7).Select(i => Operation($"/items/{i}", $"items/get{i}", "items")).ToList();
        operations.Add("""
  /tasks/bulk:
    post:
      operationId: tasks/create-in-bulk
      tags: [tasks]
      x-codegen-batch: { items: tasks, maxItems: 10 }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                tasks:
                  type: array
                  items:
                    type: string
      responses:
        "200":
          description: Done.
          content:
            application/json:
              schema:
                type: object
                properties:
                  count:
                    type: integer

""");
        // The server's rate limit, which every operation shares.
        var text = SpecText(operations.ToArray()) + "x-codegen-rate-limit: { requests: 5, windowSeconds: 1 }\ncomponents:\n  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\nsecurity:\n  - bearer: []\n";
        var run = GeneratorHarness.Run(new[] { new TestSpec("grouped.yaml", text, "Grouped", "GroupedClient") }, withHosting);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "Items", "Tasks" }, PropertiesOf(run));
        Assert.Contains("CreateInBulkInBatchesAsync", MethodsOf(run, "ITasksClient"));
        var tasks = run.Sources.Single(s => s.HintName == "Grouped.GroupedClient.TasksClient.g.cs").SourceText.ToString();
        Assert.Contains("await _client.SendAsync(CreateRequestAsync, \"TasksCreateInBulk\", \"POST\", \"/tasks/bulk\", RateLimits.Server, cancellationToken)", tasks);
    }

    [Fact]
    public void A_big_spec_whose_operations_all_fall_in_one_group_keeps_one_flat_client()
    {
        var run = Run(Enumerable.Range(1, 10).Select(i => Operation($"/tasks/{i}", $"task{i}", "Tasks")).ToArray());

        Assert.Empty(run.CompilationProblems());
        Assert.Empty(PropertiesOf(run));
        Assert.Equal(2, run.Sources.Count(s => s.HintName.Contains("GroupedClient.", System.StringComparison.Ordinal)));
        var root = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient")!;
        Assert.Equal(20, root.GetMembers().OfType<IMethodSymbol>().Count());
    }

    [Fact]
    public void A_small_spec_keeps_one_flat_client_whatever_its_tags()
    {
        var run = Run(Operation("/a", "a", "one"), Operation("/b", "b", "two"), Operation("/c", "c", "three"));

        Assert.Empty(run.CompilationProblems());
        Assert.Empty(PropertiesOf(run));
        Assert.Contains(run.Output.GetTypeByMetadataName("Grouped.IGroupedClient")!.GetMembers(), m => m.Name == "AWithResponseAsync");
    }

    [Fact]
    public void Tags_that_are_not_identifiers_keywords_or_the_root_clients_own_members_get_valid_free_names()
    {
        var run = Run(Operation("/a", "a", "123 go!"), Operation("/b", "b", "class"), Operation("/c", "c", "Contracts"),
            Operation("/d", "d", "***"), Operation("/e", "e", "send-async"), Operation("/f", "f", "Options"),
            Operation("/g", "g", "_options"), Operation("/h", "h", "Émoji tag"), Operation("/i", "i", "Grouped"), Operation("/j", "j", "GroupedClient"));

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "Tag123Go", "Class", "Contracts2", "Tag", "SendAsync2", "Options", "Options2", "ÉmojiTag", "Grouped2", "GroupedClient2" }, PropertiesOf(run));
    }

    [Fact]
    public void Two_tags_that_map_to_the_same_name_get_two_sub_clients()
    {
        var run = Run(Operation("/a", "a", "pull-requests"), Operation("/b", "b", "pull_requests"), Operation("/c", "c", "Pull Requests"),
            Operation("/d", "d", "pull-requests"), Operation("/e", "e", "issues"), Operation("/f", "f", "issues"),
            Operation("/g", "g", "issues"), Operation("/h", "h", "issues"));

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "PullRequests", "PullRequests2", "PullRequests3", "Issues" }, PropertiesOf(run));
        var first = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient+IPullRequestsClient")!;
        Assert.Equal(new[] { "AAsync", "AWithResponseAsync", "DAsync", "DWithResponseAsync" },
            first.GetMembers().Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Tags_that_are_not_a_list_are_reported_at_their_line_and_the_path_groups_the_operation()
    {
        var operations = Enumerable.Range(1, 7).Select(i => Operation($"/items/{i}", $"item{i}", "items")).ToList();
        operations.Add("  /other:\n    get:\n      operationId: other\n      tags: other\n      responses:\n        \"204\":\n          description: Done.\n");
        var text = SpecText(operations.ToArray());
        var run = RunText(text);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN002", diagnostic.Id);
        Assert.Contains("'tags' must be a list of tag names", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(text.Split('\n').ToList().FindIndex(line => line.Contains("tags: other")) + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(new[] { "Items", "Other" }, PropertiesOf(run));
    }

    [Fact]
    public void A_sub_client_drops_its_name_from_the_start_of_its_methods_unless_two_would_clash()
    {
        var run = Run(Operation("/a", "issues/create", "issues"), Operation("/b", "issues/list-for-repo", "issues"), Operation("/c", "issuesFoo", "issues"),
            Operation("/d", "labels/get", "labels"), Operation("/e", "get", "labels"), Operation("/f", "repos/get", "issues"),
            Operation("/g", "labelsReadBody", "labels"), Operation("/h", "Issues", "issues"));

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "CreateAsync", "ListForRepoAsync", "FooAsync", "ReposGetAsync", "IssuesAsync" },
            MethodsOf(run, "IIssuesClient").Where(name => !name.EndsWith("WithResponseAsync", System.StringComparison.Ordinal)));
        // labels/get would be GetAsync, as get is: the sub-client keeps its full names.
        Assert.Equal(new[] { "LabelsGetAsync", "GetAsync", "LabelsReadBodyAsync" },
            MethodsOf(run, "ILabelsClient").Where(name => !name.EndsWith("WithResponseAsync", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_shortened_name_that_a_local_function_of_the_methods_has_keeps_its_prefix()
    {
        var run = Run(Operation("/a", "labelsReadBody", "labels"), Operation("/b", "labels/list", "labels"), Operation("/c", "labels/create-request", "labels"),
            Operation("/d", "other/a", "other"), Operation("/e", "other/b", "other"), Operation("/f", "other/c", "other"),
            Operation("/g", "other/d", "other"), Operation("/h", "other/e", "other"));

        Assert.Empty(run.CompilationProblems());
        Assert.Contains("LabelsReadBodyAsync", MethodsOf(run, "ILabelsClient"));
        Assert.Contains("AAsync", MethodsOf(run, "IOtherClient"));
    }

    [Fact]
    public void An_operation_named_like_another_ones_WithResponse_method_is_renamed()
    {
        var run = Run(Operation("/a", "getNote"), Operation("/b", "getNoteWithResponse"));

        Assert.Empty(run.CompilationProblems());
        var members = run.Output.GetTypeByMetadataName("Grouped.IGroupedClient")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains("GetNoteWithResponseAsync", members);
        Assert.Contains("GetNoteWithResponse2Async", members);
    }

    [Fact]
    public void GitHubs_771_operations_are_split_into_a_sub_client_per_tag_with_short_method_names()
    {
        var path = System.IO.Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "github-api.github.com.json");
        var api = Assert.IsType<ApiModel>(SpecReader.Read(new SpecInput(path, System.IO.File.ReadAllText(path), "GitHub", "GitHubClient", null), default).Model);

        Assert.Equal(771, api.Operations.Count);
        Assert.Empty(api.OperationsOf(null));
        Assert.True(api.ClientGroups.Count > 25, $"{api.ClientGroups.Count} sub-clients");
        Assert.Contains(api.ClientGroups, g => g is { PropertyName: "Issues", Key: "issues", IsTag: true });
        var create = api.Operations.Single(o => o.Name == "IssuesCreate");
        Assert.Equal(("Issues", "Create"), (create.Group, create.MethodName));
        Assert.All(api.Operations.GroupBy(o => o.Group), group =>
            Assert.Equal(group.Count(), group.Select(o => o.MethodName).Distinct(System.StringComparer.OrdinalIgnoreCase).Count()));
    }

    /// <summary>
    /// Every member the root client declares besides its operation methods and sub-client properties is in the
    /// vocabulary a sub-client's names avoid: a spec with credentials, a rate limit, batches and paging, with every reference.
    /// </summary>
    [Fact]
    public void Every_member_of_the_root_client_is_in_the_vocabulary_sub_client_names_avoid()
    {
        foreach (var (spec, withHosting) in TestSpec.VendorSpecs.SelectMany(spec => new[] { (spec, true), (spec, false) }))
        {
            var run = GeneratorHarness.Run(new[] { spec }, withHosting);
            var api = Assert.IsType<ApiModel>(SpecReader.Read(new SpecInput(spec.Path, spec.Text, spec.Namespace, spec.ClientName, null), default).Model);
            var client = run.Output.GetTypeByMetadataName(api.Namespace + "." + api.ClientName)!;
            var interfaceMembers = run.Output.GetTypeByMetadataName(api.Namespace + "." + api.ClientInterfaceName)!.GetMembers().Select(m => m.Name).ToHashSet();
            var own = client.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: not MethodKind.Ordinary })
                .Select(m => m.Name).Concat(client.GetTypeMembers().Select(t => t.Name)).Where(name => !interfaceMembers.Contains(name)).Distinct();

            Assert.All(own, name => Assert.Contains(name, GeneratedNames.ClientMembers));
        }
    }

    private static GeneratorRun Run(params string[] operations) => RunText(SpecText(operations));

    private static GeneratorRun RunText(string text) => GeneratorHarness.Run(new[] { new TestSpec("grouped.yaml", text, "Grouped", "GroupedClient") });

    private static string SpecText(params string[] operations)
    {
        var text = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: Grouped\n  version: \"1\"\nservers:\n  - url: https://example.com\npaths:\n");
        foreach (var operation in operations) text.Append(operation);
        return text.ToString();
    }

    private static string Operation(string path, string operationId, params string[] tags)
    {
        var tagLines = tags.Length == 0 ? "" : "      tags:\n" + string.Concat(tags.Select(t => $"        - \"{t}\"\n"));
        return $"  \"{path}\":\n    get:\n      operationId: {operationId}\n{tagLines}" + Parameters(path) +
               "      responses:\n        \"200\":\n          description: OK.\n          content:\n            application/json:\n              schema:\n                type: string\n";
    }

    private static string Parameters(string path)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(path, @"\{([^}]+)\}").Select(m => m.Groups[1].Value).ToList();
        return names.Count == 0 ? "" : "      parameters:\n" + string.Concat(names.Select(n => $"        - name: {n}\n          in: path\n          required: true\n          schema:\n            type: string\n"));
    }

    private static List<string> MethodsOf(GeneratorRun run, string subClientInterface) =>
        run.Output.GetTypeByMetadataName("Grouped.IGroupedClient+" + subClientInterface)!.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).ToList();

    /// <summary>The root client's sub-client properties, in order.</summary>
    private static List<string> PropertiesOf(GeneratorRun run) =>
        run.Output.GetTypeByMetadataName("Grouped.IGroupedClient")!.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToList();
}
