using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Writes the statements that check one non-null value of a <see cref="TypeModel"/> against its constraints, all the
/// way down through arrays, maps and nested objects. Statements are returned as lines with relative indentation,
/// so the caller can put a single statement on its own line and several in a block.
/// </summary>
internal sealed class ValueCheckWriter
{
    private const string Indent = "    ";
    private static readonly string[] IndexNames = { "i", "j", "k" };

    private readonly IReadOnlyDictionary<string, EnumModel> _enums;
    private readonly PatternFields _patterns;

    public ValueCheckWriter(ApiModel api, PatternFields patterns)
    {
        _enums = ApiIndex.Of(api).Enums;
        _patterns = patterns;
    }

    /// <summary>True when a value of <paramref name="type"/> has anything to check besides being non-null.</summary>
    public static bool HasChecks(TypeModel type)
    {
        var constraints = type.Constraints ?? ValueConstraints.None;
        return type.Kind switch
        {
            TypeKind.String => constraints.MinLength is not null || constraints.MaxLength is not null || constraints.Pattern is not null || IsCheckedFormat(constraints.Format),
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal => constraints.Minimum is not null || constraints.Maximum is not null,
            TypeKind.Single or TypeKind.Double or TypeKind.Enum or TypeKind.Object or TypeKind.Union => true,
            TypeKind.Array => constraints.MinItems is not null || constraints.MaxItems is not null || constraints.UniqueItems || ItemsNeedChecks(type.Element!),
            TypeKind.Map => ItemsNeedChecks(type.Element!),
            _ => false,
        };
    }

    /// <summary>The statements that check <paramref name="value"/>, reporting at <paramref name="segment"/>.</summary>
    /// <param name="value">A C# expression for the non-null value.</param>
    /// <param name="segment">A C# expression for the value's path segment below the current path: a string or an int.</param>
    /// <param name="key">Where the value is, for finding its pattern field (<c>Title</c>, <c>ContactIds.Item</c>).</param>
    /// <param name="depth">How many loops the value is nested in, for unique loop variable names.</param>
    public List<string> Checks(TypeModel type, string value, string segment, string key, int depth)
    {
        var constraints = type.Constraints ?? ValueConstraints.None;
        return type.Kind switch
        {
            TypeKind.String => StringChecks(constraints, value, segment, key),
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal => BoundChecks(type.Kind, constraints, value, segment),
            TypeKind.Single or TypeKind.Double => FloatingPointChecks(type.Kind, constraints, value, segment),
            TypeKind.Enum => new List<string> { EnumCheck(_enums[type.Name!], value, segment) },
            TypeKind.Object or TypeKind.Union => new List<string> { $"context.Enter({segment});", $"{value}.Validate(context);", "context.Exit();" },
            TypeKind.Array => ArrayChecks(type, constraints, value, segment, key, depth),
            TypeKind.Map => MapChecks(type.Element!, value, segment, key, depth),
            _ => new List<string>(),
        };
    }

    private static bool ItemsNeedChecks(TypeModel element) => !element.IsValueType || HasChecks(element);

    private static bool IsCheckedFormat(string? format) => format is "email" or "uri";

    private List<string> StringChecks(ValueConstraints constraints, string value, string segment, string key)
    {
        var lines = new List<string>();
        if (constraints.MinLength is { } minLength) lines.Add($"context.MinLength({segment}, {value}, {Invariant(minLength)});");
        if (constraints.MaxLength is { } maxLength) lines.Add($"context.MaxLength({segment}, {value}, {Invariant(maxLength)});");
        if (constraints.Pattern is not null) lines.Add($"context.Pattern({segment}, {value}, {_patterns.FieldFor(key)});");
        if (constraints.Format == "email") lines.Add($"context.Email({segment}, {value});");
        if (constraints.Format == "uri") lines.Add($"context.Uri({segment}, {value});");
        return lines;
    }

    private static List<string> BoundChecks(TypeKind kind, ValueConstraints constraints, string value, string segment)
    {
        var lines = new List<string>();
        if (constraints.Minimum is { } minimum && NumberLiteral(kind, minimum.Value) is { } min)
        {
            lines.Add($"context.{(minimum.IsExclusive ? "ExclusiveMinimum" : "Minimum")}({segment}, {value}, {min});");
        }

        if (constraints.Maximum is { } maximum && NumberLiteral(kind, maximum.Value) is { } max)
        {
            lines.Add($"context.{(maximum.IsExclusive ? "ExclusiveMaximum" : "Maximum")}({segment}, {value}, {max});");
        }

        return lines;
    }

    private static List<string> FloatingPointChecks(TypeKind kind, ValueConstraints constraints, string value, string segment)
    {
        // Bounds mean nothing for NaN or infinity, which JSON cannot hold: those are reported alone.
        var bounds = BoundChecks(kind, constraints, value, segment);
        var finite = $"context.Finite({segment}, {value})";
        if (bounds.Count == 0) return new List<string> { finite + ";" };
        return Block($"if ({finite})", bounds);
    }

    private static string EnumCheck(EnumModel model, string value, string segment)
    {
        var allowed = string.Join(", ", model.Members.Select(m => model.IsNumberOnWire ? m.WireValue : "\"" + m.WireValue + "\""));
        var actual = model.CodesAreIntegers ? $", (long){value}" : "";
        // A value the spec does not list passes only when it came from the API, so a read-modify-write sends it back.
        return $"if (!{value}.IsDefined() && !{value}.WasReadFromWire()) context.NotInEnum({segment}, {Text.Literal(allowed)}{actual});";
    }

    private List<string> ArrayChecks(TypeModel type, ValueConstraints constraints, string value, string segment, string key, int depth)
    {
        var lines = new List<string>();
        if (constraints.MinItems is { } minItems) lines.Add($"context.MinItems({segment}, {value}.Count, {Invariant(minItems)});");
        if (constraints.MaxItems is { } maxItems) lines.Add($"context.MaxItems({segment}, {value}.Count, {Invariant(maxItems)});");
        if (constraints.UniqueItems) lines.Add($"context.UniqueItems({segment}, {value});");

        var element = type.Element!;
        if (!ItemsNeedChecks(element)) return lines;

        var index = depth < IndexNames.Length ? IndexNames[depth] : "i" + Invariant(depth);
        var item = ItemName(depth);
        var body = new List<string>();
        var itemChecks = Checks(element, item, index, key + ".Item", depth + 1);
        if (element.IsValueType)
        {
            body.Add($"var {item} = {value}[{index}];");
        }
        else if (itemChecks.Count == 0)
        {
            body.Add($"if ({value}[{index}] is null) context.NotNull({index});");
        }
        else
        {
            body.AddRange(Block($"if ({value}[{index}] is not {{ }} {item})", new List<string> { $"context.NotNull({index});", "continue;" }));
            body.Add("");
        }

        body.AddRange(itemChecks);
        lines.Add($"context.Enter({segment});");
        lines.AddRange(Block($"for (var {index} = 0; {index} < {value}.Count; {index}++)", body));
        lines.Add("context.Exit();");
        return lines;
    }

    private List<string> MapChecks(TypeModel element, string value, string segment, string key, int depth)
    {
        var entry = depth == 0 ? "entry" : "entry" + Invariant(depth + 1);
        var item = ItemName(depth);
        var body = new List<string>();
        var valueChecks = Checks(element, element.IsValueType ? entry + ".Value" : item, entry + ".Key", key + ".Value", depth + 1);
        if (!element.IsValueType && valueChecks.Count == 0)
        {
            body.Add($"if ({entry}.Value is null) context.NotNull({entry}.Key);");
        }
        else if (!element.IsValueType)
        {
            body.AddRange(Block($"if ({entry}.Value is not {{ }} {item})", new List<string> { $"context.NotNull({entry}.Key);", "continue;" }));
            body.Add("");
        }

        body.AddRange(valueChecks);
        var lines = new List<string> { $"context.Enter({segment});" };
        lines.AddRange(Block($"foreach (var {entry} in {value})", body));
        lines.Add("context.Exit();");
        return lines;
    }

    /// <summary>A loop variable name for items at <paramref name="depth"/>; property locals never take one of these.</summary>
    public static string ItemName(int depth) => depth == 0 ? "item" : "item" + Invariant(depth + 1);

    /// <summary><paramref name="header"/> with <paramref name="body"/> indented in braces.</summary>
    public static List<string> Block(string header, List<string> body)
    {
        var lines = new List<string> { header, "{" };
        lines.AddRange(body.Select(line => line.Length == 0 ? line : Indent + line));
        lines.Add("}");
        return lines;
    }

    /// <summary>A C# literal for a bound of a number of <paramref name="kind"/>, or null when that type cannot be compared with it.</summary>
    private static string? NumberLiteral(TypeKind kind, string number)
    {
        var isWhole = long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole);
        switch (kind)
        {
            case TypeKind.Decimal:
                return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) ? exact.ToString(CultureInfo.InvariantCulture) + "m" : null;
            case TypeKind.Int32 or TypeKind.Int64 when isWhole:
                return whole is >= int.MinValue and <= int.MaxValue ? Invariant(whole) : Invariant(whole) + "L";
            default:
                return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d";
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
