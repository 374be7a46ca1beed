using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Specs;

/// <summary>
/// specs/highlevel.yaml agrees, field by field, with HighLevel's official OpenAPI files (Corpus/highlevel, from
/// GoHighLevel/highlevel-api-docs) on the operations it describes. It may differ only where it is deliberately
/// stricter: whole-number counts are <c>integer</c> where the official files say <c>number</c>, and dates are
/// <c>format: date-time</c> where they are plain strings. $refs (also into common-schemas.json) are followed and
/// <c>allOf: [{$ref}]</c> wrappers unwrapped on both sides; every mismatch is reported at its JSON path.
/// </summary>
public sealed class HighLevelSpecAgreementTests
{
    private static readonly string OurSpec = RepoPaths.Spec("highlevel.yaml");

    private static readonly string[] OfficialFiles =
    {
        Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "contacts.json"),
        Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "locations.json"),
    };

    private static readonly (string Method, string Path)[] ExpectedOperations =
    {
        ("post", "/contacts/{contactId}/tasks"),
        ("post", "/locations/{locationId}/recurring-tasks"),
        ("put", "/locations/{locationId}/recurring-tasks/{id}"),
        ("post", "/locations/{locationId}/tasks/search"),
    };

    [Theory]
    [InlineData("post", "/contacts/{contactId}/tasks")]
    [InlineData("post", "/locations/{locationId}/recurring-tasks")]
    [InlineData("put", "/locations/{locationId}/recurring-tasks/{id}")]
    [InlineData("post", "/locations/{locationId}/tasks/search")]
    public void Operation_agrees_with_the_official_HighLevel_file(string method, string path)
    {
        var files = new OpenApiFiles();
        var operation = $"{method.ToUpperInvariant()} {path}";
        var theirs = OfficialFiles.Select(file => PathItem(files.Load(file), path)).FirstOrDefault(item => item?[method] is not null);
        Assert.True(theirs is not null, $"No official file under {RepoPaths.Corpus} has {operation}.");
        var ours = PathItem(files.Load(OurSpec), path);
        Assert.True(ours?[method] is not null, $"specs/highlevel.yaml has no {operation}.");

        var comparison = new Comparison(files);
        comparison.Operation(theirs, ours, method, $"$.paths['{path}'].{method}");

        var count = comparison.Mismatches.Count;
        Assert.True(
            count == 0,
            $"specs/highlevel.yaml disagrees with the official {Path.GetFileName(theirs.File)} on {operation} "
            + $"({count} mismatch{(count == 1 ? "" : "es")}):\n  - " + string.Join("\n  - ", comparison.Mismatches));
    }

    [Fact]
    public void Our_spec_still_describes_all_its_operations()
    {
        var spec = new OpenApiFiles().Load(OurSpec);

        var missing = ExpectedOperations
            .Where(op => PathItem(spec, op.Path)?[op.Method] is null)
            .Select(op => $"{op.Method.ToUpperInvariant()} {op.Path}")
            .ToList();

        Assert.True(missing.Count == 0, "specs/highlevel.yaml no longer describes " + string.Join(", ", missing));
    }

    private static SpecNode? PathItem(SpecNode spec, string path) => spec["paths"]?[path];

    /// <summary>Compares an official operation (theirs) with ours, collecting every mismatch as "JSON path: what".</summary>
    private sealed class Comparison(OpenApiFiles files)
    {
        private static readonly HashSet<string> DateNames = new(StringComparer.Ordinal) { "dueDate", "startDate", "endDate", "createdAt", "updatedAt" };

        private readonly HashSet<(JsonNode Theirs, JsonNode Ours)> schemasInProgress = new();

        public List<string> Mismatches { get; } = new();

        public void Operation(SpecNode theirPathItem, SpecNode ourPathItem, string method, string path)
        {
            var theirs = theirPathItem[method]!;
            var ours = ourPathItem[method]!;
            Parameters(ParametersOf(theirPathItem, theirs), ParametersOf(ourPathItem, ours), path + ".parameters");
            RequestBody(theirs["requestBody"], ours["requestBody"], path + ".requestBody");
            Responses(theirs["responses"], ours["responses"], path + ".responses");
        }

        /// <summary>Path-level and operation-level parameters by (in, name); operation-level ones win.</summary>
        private Dictionary<(string In, string Name), SpecNode> ParametersOf(SpecNode pathItem, SpecNode operation)
        {
            var result = new Dictionary<(string In, string Name), SpecNode>();
            foreach (var parameter in (pathItem.Items("parameters") ?? []).Concat(operation.Items("parameters") ?? []))
            {
                var resolved = files.Resolve(parameter);
                result[(resolved.String("in") ?? "", resolved.String("name") ?? "")] = resolved;
            }

            return result;
        }

        private void Parameters(Dictionary<(string In, string Name), SpecNode> theirs, Dictionary<(string In, string Name), SpecNode> ours, string path)
        {
            foreach (var key in theirs.Keys.Union(ours.Keys))
            {
                var at = $"{path}[?(@.in=='{key.In}' && @.name=='{key.Name}')]";
                var their = theirs.GetValueOrDefault(key);
                var our = ours.GetValueOrDefault(key);
                if (Missing(their, our, at))
                {
                    continue;
                }

                Flag(their, our, "required", at);
                Schema(their["schema"], our["schema"], at + ".schema");
            }
        }

        private void RequestBody(SpecNode? theirs, SpecNode? ours, string path)
        {
            if (Missing(theirs, ours, path))
            {
                return;
            }

            theirs = files.Resolve(theirs);
            ours = files.Resolve(ours);
            Flag(theirs, ours, "required", path);
            Content(theirs["content"], ours["content"], path + ".content");
        }

        private void Responses(SpecNode? theirs, SpecNode? ours, string path)
        {
            foreach (var status in Names(theirs, ours))
            {
                var at = Member(path, status);
                var their = theirs?[status];
                var our = ours?[status];
                if (!Missing(their, our, at, ours))
                {
                    Content(files.Resolve(their)["content"], files.Resolve(our)["content"], at + ".content");
                }
            }
        }

        private void Content(SpecNode? theirs, SpecNode? ours, string path)
        {
            foreach (var mediaType in Names(theirs, ours))
            {
                var at = Member(path, mediaType);
                var their = theirs?[mediaType];
                var our = ours?[mediaType];
                if (!Missing(their, our, at, ours))
                {
                    Schema(their["schema"], our["schema"], at + ".schema");
                }
            }
        }

        private void Schema(SpecNode? theirs, SpecNode? ours, string path)
        {
            if (Missing(theirs, ours, path))
            {
                return;
            }

            theirs = files.Resolve(theirs);
            ours = files.Resolve(ours);
            if (!schemasInProgress.Add((theirs.Node, ours.Node)))
            {
                return; // a recursive schema, already being compared further up
            }

            TypeAndFormat(theirs, ours, path);
            SameSet(theirs.Values("enum"), ours.Values("enum"), path + ".enum", ours);
            SameSet(theirs.Values("required"), ours.Values("required"), path + ".required", ours);
            Properties(theirs, ours, path + ".properties");
            Schema(theirs["items"], ours["items"], path + ".items");
            schemasInProgress.Remove((theirs.Node, ours.Node));
        }

        /// <summary>
        /// Types agree, except that the official <c>number</c> must be our <c>integer</c>. Formats agree, except that ours
        /// may add <c>date-time</c> to a plain string and <c>int32</c>/<c>int64</c> to what they call a number.
        /// </summary>
        private void TypeAndFormat(SpecNode theirs, SpecNode ours, string path)
        {
            string? theirType = theirs.String("type"), ourType = ours.String("type");
            if (theirType == "number" && ourType != "integer")
            {
                Add(path + ".type", $"the official `number` must be `integer` in ours (a whole-number count), ours is {Show(ourType)}", ours);
            }
            else if (theirType != "number" && theirType != ourType)
            {
                Add(path + ".type", $"theirs {Show(theirType)}, ours {Show(ourType)}", ours);
            }

            string? theirFormat = theirs.String("format"), ourFormat = ours.String("format");
            var allowedAddition = theirFormat is null && (theirType, ourFormat) is ("string", "date-time") or ("number", "int32" or "int64");
            if (ourFormat != theirFormat && !allowedAddition)
            {
                Add(path + ".format", $"theirs {Show(theirFormat)}, ours {Show(ourFormat)}", ours);
            }
        }

        private void Properties(SpecNode theirs, SpecNode ours, string path)
        {
            var theirProperties = theirs["properties"];
            var ourProperties = ours["properties"];
            foreach (var name in Names(theirProperties, ourProperties))
            {
                var at = Member(path, name);
                var their = theirProperties?[name];
                var our = ourProperties?[name];
                if (Missing(their, our, at, ours))
                {
                    continue;
                }

                if (DateNames.Contains(name) && files.Resolve(our).String("format") != "date-time")
                {
                    Add(at + ".format", "a date: ours must be `format: date-time`", files.Resolve(our));
                }

                Schema(their, our, at);
            }
        }

        /// <summary>False if both sides have the node; otherwise records which side lacks it (nothing if neither has it).</summary>
        private bool Missing([NotNullWhen(false)] SpecNode? theirs, [NotNullWhen(false)] SpecNode? ours, string path, SpecNode? ourParent = null)
        {
            if (theirs is not null && ours is not null)
            {
                return false;
            }

            if (theirs is not null)
            {
                Add(path, "missing in ours", ourParent);
            }
            else if (ours is not null)
            {
                Add(path, "only in ours, not in the official file", ourParent);
            }

            return true;
        }

        private void Flag(SpecNode theirs, SpecNode ours, string key, string path)
        {
            bool their = theirs.Bool(key), our = ours.Bool(key);
            if (their != our)
            {
                Add($"{path}.{key}", $"theirs {(their ? "true" : "false")}, ours {(our ? "true" : "false")}", ours);
            }
        }

        private void SameSet(IReadOnlyList<string> theirs, IReadOnlyList<string> ours, string path, SpecNode ourNode)
        {
            var missing = theirs.Except(ours).ToList();
            var extra = ours.Except(theirs).ToList();
            if (missing.Count > 0)
            {
                Add(path, "missing in ours: " + string.Join(", ", missing), ourNode);
            }

            if (extra.Count > 0)
            {
                Add(path, "only in ours, not in the official file: " + string.Join(", ", extra), ourNode);
            }
        }

        private void Add(string path, string what, SpecNode? ours = null) =>
            Mismatches.Add(ours is null ? $"{path}: {what}" : $"{path}: {what} (ours: {ours.Where})");

        private static IEnumerable<string> Names(SpecNode? theirs, SpecNode? ours) => (theirs?.Keys() ?? []).Union(ours?.Keys() ?? []);

        private static string Member(string path, string name) =>
            name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
                ? $"{path}.{name}"
                : $"{path}['{name}']";

        private static string Show(string? value) => value is null ? "(none)" : $"`{value}`";
    }
}
