namespace CodeGen.Emit;

/// <summary>The source of the validation types every spec with a request body gets; see <see cref="ValidationTypesEmitter"/>.</summary>
internal static class ValidationTemplates
{
    public const string Result = """
/// <summary>
/// The outcome of validating a request against the constraints of {Title}: every problem found, each with the JSON
/// path of the offending value, the rule it breaks and a message.
/// </summary>
/// <remarks>
/// Validation checks required values, enum members, lengths, patterns, the email and uri formats, number bounds and
/// item counts, all the way down. Dates need no check: their types always write the format the spec asks for. Paths
/// are in the API's wire names.
/// </remarks>
{GeneratedCode}
public sealed class {ValidationResult}
{
    internal static readonly {ValidationResult} Valid = new {ValidationResult}(global::System.Array.Empty<{ValidationError}>());

    /// <summary>Creates a result that lists <paramref name="errors"/>; it is valid when there are none.</summary>
    public {ValidationResult}(global::System.Collections.Generic.IReadOnlyList<{ValidationError}> errors) =>
        Errors = errors ?? throw new global::System.ArgumentNullException(nameof(errors));

    /// <summary>True when the request meets every constraint that was checked.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every problem found, in the order of the request's properties.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{ValidationError}> Errors { get; }

    /// <summary>Throws a <see cref="{ValidationException}"/> that lists the problems, unless the request is valid.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new {ValidationException}(this);
    }

    /// <summary>A sentence for a valid request, else a line per problem, such as <c>- TaskList: must hold at most 50 items; it holds 51.</c></summary>
    public override string ToString()
    {
        if (IsValid) return "The request meets every constraint of the API.";
        var builder = new global::System.Text.StringBuilder("The request breaks ")
            .Append(Errors.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture))
            .Append(Errors.Count == 1 ? " constraint of the API:" : " constraints of the API:");
        foreach (var error in Errors) builder.Append("\n- ").Append(error.ToString());
        return builder.ToString();
    }
}
""";

    public const string Error = """
/// <summary>One problem of a request: where it is, which rule of the spec it breaks, and what is wrong.</summary>
/// <param name="Path">The JSON path of the offending value in the API's wire names, such as <c>TaskList[3].OwnerEmailAddress</c>.</param>
/// <param name="Rule">
/// The JSON Schema keyword the value breaks: <c>required</c>, <c>nullable</c>, <c>enum</c>, <c>minLength</c>,
/// <c>maxLength</c>, <c>pattern</c>, <c>format</c>, <c>minimum</c>, <c>exclusiveMinimum</c>, <c>maximum</c>,
/// <c>exclusiveMaximum</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, or <c>type</c> for a number JSON cannot hold.
/// </param>
/// <param name="Message">What is wrong, for a person, such as <c>must be an email address such as name@example.com.</c></param>
{GeneratedCode}
public sealed record {ValidationError}(string Path, string Rule, string Message)
{
    /// <summary>The path and the message, such as <c>TaskList[3].OwnerEmailAddress: must be an email address such as name@example.com.</c></summary>
    public override string ToString() => Path + ": " + Message;
}
""";

    public const string Exception = """
/// <summary>Thrown when a request breaks the constraints of {Title}, before anything is sent.</summary>
{GeneratedCode}
public sealed class {ValidationException} : global::System.Exception
{
    /// <summary>Creates the exception for a failed validation; its message lists every problem.</summary>
    public {ValidationException}({ValidationResult} result)
        : base((result ?? throw new global::System.ArgumentNullException(nameof(result))).ToString())
    {
        Result = result;
    }

    /// <summary>The validation result, with every problem found.</summary>
    public {ValidationResult} Result { get; }
}
""";

    public const string Context = """
/// <summary>
/// Collects the problems found while validating one request, each at the JSON path of the offending value. The
/// generated <c>Validate</c> methods step into properties and items with <see cref="Enter"/> and <see cref="Exit"/>;
/// a path is only turned into text when a problem is found there.
/// </summary>
{GeneratedCode}
internal sealed class {ValidationContext}
{
    /// <summary>How long a pattern may take to match one value; a value that takes longer is reported.</summary>
    internal const int PatternTimeoutMilliseconds = 1000;

    // As deep as Utf8JsonWriter lets a document nest: deeper means an object that contains itself.
    private const int MaxDepth = 1000;

    private Segment[] _path = new Segment[8];
    private int _depth;
    private global::System.Collections.Generic.List<{ValidationError}>? _errors;

    /// <summary>The problems found so far.</summary>
    public {ValidationResult} ToResult() =>
        _errors is null ? {ValidationResult}.Valid : new {ValidationResult}(_errors.ToArray());

    /// <summary>Steps into a property or item; problems are reported below it until <see cref="Exit"/>.</summary>
    public void Enter(Segment segment)
    {
        if (_depth == MaxDepth) throw new global::System.InvalidOperationException($"The request nests more than {MaxDepth} levels deep; does an object contain itself?");
        if (_depth == _path.Length) global::System.Array.Resize(ref _path, _depth * 2);
        _path[_depth++] = segment;
    }

    /// <summary>Steps back out of the property or item last entered.</summary>
    public void Exit() => _depth--;

    /// <summary>Reports a required value that is null.</summary>
    public void Required(Segment member) => Report(member, "required", "is required.");

    /// <summary>Reports an array item or map value that is null where the schema does not allow null.</summary>
    public void NotNull(Segment member) => Report(member, "nullable", "must not be null.");

    /// <summary>Reports a value the enum does not define, such as a number cast to it.</summary>
    public void NotInEnum(Segment member, string allowed) => Report(member, "enum", "must be one of " + allowed + ".");

    /// <summary>Reports an integer-coded enum value the enum does not define.</summary>
    public void NotInEnum(Segment member, string allowed, long value) =>
        Report(member, "enum", "must be one of " + allowed + "; it is " + Invariant(value) + ".");

    /// <summary>Checks <c>minLength</c>, counting characters as Unicode code points as JSON Schema does.</summary>
    public void MinLength(Segment member, string value, int minLength)
    {
        if (value.Length >= 2L * minLength) return;
        var length = CodePoints(value);
        if (length < minLength) Report(member, "minLength", $"must be at least {Characters(minLength)} long; it has {Invariant(length)}.");
    }

    /// <summary>Checks <c>maxLength</c>, counting characters as Unicode code points as JSON Schema does.</summary>
    public void MaxLength(Segment member, string value, int maxLength)
    {
        if (value.Length <= maxLength) return;
        var length = CodePoints(value);
        if (length > maxLength) Report(member, "maxLength", $"must be at most {Characters(maxLength)} long; it has {Invariant(length)}.");
    }

    /// <summary>Checks <c>pattern</c>: the value must contain a match, within the time limit.</summary>
    public void Pattern(Segment member, string value, global::System.Text.RegularExpressions.Regex pattern)
    {
        try
        {
            if (!pattern.IsMatch(value)) Report(member, "pattern", $"must match the pattern {pattern}.");
        }
        catch (global::System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            Report(member, "pattern", $"could not be matched against the pattern {pattern} within {Invariant(PatternTimeoutMilliseconds)} ms.");
        }
    }

    /// <summary>Checks <c>format: email</c>.</summary>
    public void Email(Segment member, string value)
    {
        if (!IsEmail(value)) Report(member, "format", "must be an email address such as name@example.com.");
    }

    /// <summary>Checks <c>format: uri</c>.</summary>
    public void Uri(Segment member, string value)
    {
        if (!IsAbsoluteUri(value)) Report(member, "format", "must be an absolute URI such as https://example.com/path.");
    }

    /// <summary>Reports a NaN or infinity, which JSON cannot hold; true when the number is finite.</summary>
    public bool Finite(Segment member, double value)
    {
        if (!double.IsNaN(value) && !double.IsInfinity(value)) return true;
        Report(member, "type", $"must be a finite number; it is {Invariant(value)}.");
        return false;
    }

    /// <summary>Checks <c>minimum</c>.</summary>
    public void Minimum<T>(Segment member, T value, T minimum)
        where T : struct, global::System.IComparable<T>, global::System.IFormattable
    {
        if (value.CompareTo(minimum) < 0) Report(member, "minimum", $"must be at least {Invariant(minimum)}; it is {Invariant(value)}.");
    }

    /// <summary>Checks an exclusive minimum.</summary>
    public void ExclusiveMinimum<T>(Segment member, T value, T minimum)
        where T : struct, global::System.IComparable<T>, global::System.IFormattable
    {
        if (value.CompareTo(minimum) <= 0) Report(member, "exclusiveMinimum", $"must be greater than {Invariant(minimum)}; it is {Invariant(value)}.");
    }

    /// <summary>Checks <c>maximum</c>.</summary>
    public void Maximum<T>(Segment member, T value, T maximum)
        where T : struct, global::System.IComparable<T>, global::System.IFormattable
    {
        if (value.CompareTo(maximum) > 0) Report(member, "maximum", $"must be at most {Invariant(maximum)}; it is {Invariant(value)}.");
    }

    /// <summary>Checks an exclusive maximum.</summary>
    public void ExclusiveMaximum<T>(Segment member, T value, T maximum)
        where T : struct, global::System.IComparable<T>, global::System.IFormattable
    {
        if (value.CompareTo(maximum) >= 0) Report(member, "exclusiveMaximum", $"must be less than {Invariant(maximum)}; it is {Invariant(value)}.");
    }

    /// <summary>Checks <c>minItems</c> of an array or list.</summary>
    public void MinItems(Segment member, int count, int minItems)
    {
        if (count < minItems) Report(member, "minItems", $"must hold at least {Items(minItems)}; it holds {Invariant(count)}.");
    }

    /// <summary>Checks <c>maxItems</c> of an array or list.</summary>
    public void MaxItems(Segment member, int count, int maxItems)
    {
        if (count > maxItems) Report(member, "maxItems", $"must hold at most {Items(maxItems)}; it holds {Invariant(count)}.");
    }

    /// <summary>Checks <c>uniqueItems</c>, reporting the first repeated item; null items are reported on their own.</summary>
    public void UniqueItems<T>(Segment member, global::System.Collections.Generic.List<T> items)
        where T : notnull
    {
        var comparer = global::System.Collections.Generic.EqualityComparer<T>.Default;
        if (items.Count > 16)
        {
            var firstIndex = new global::System.Collections.Generic.Dictionary<T, int>(items.Count, comparer);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null || firstIndex.TryAdd(items[i], i)) continue;
                Report(member, "uniqueItems", $"must not repeat an item; items {Invariant(firstIndex[items[i]])} and {Invariant(i)} are equal.");
                return;
            }

            return;
        }

        for (var i = 1; i < items.Count; i++)
        {
            if (items[i] is null) continue;
            for (var j = 0; j < i; j++)
            {
                if (!comparer.Equals(items[i], items[j])) continue;
                Report(member, "uniqueItems", $"must not repeat an item; items {Invariant(j)} and {Invariant(i)} are equal.");
                return;
            }
        }
    }

    /// <summary>Adds a problem at the current path, or at <paramref name="member"/> below it.</summary>
    public void Report(Segment member, string rule, string message) =>
        (_errors ??= new global::System.Collections.Generic.List<{ValidationError}>()).Add(new {ValidationError}(PathTo(member), rule, message));

    private string PathTo(Segment member)
    {
        var builder = new global::System.Text.StringBuilder();
        for (var i = 0; i < _depth; i++) _path[i].AppendTo(builder);
        member.AppendTo(builder);
        return builder.ToString();
    }

    private static int CodePoints(string value)
    {
        var count = value.Length;
        for (var i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    // A dot-atom local part, '@', and a host name of two or more labels (RFC 5321, without quoted local parts or address literals).
    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@')) return false;
        var atomLength = 0;
        for (var i = 0; i < at; i++)
        {
            var c = value[i];
            if (c == '.')
            {
                if (atomLength == 0) return false;
                atomLength = 0;
            }
            else if (IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".IndexOf(c) >= 0)
            {
                atomLength++;
            }
            else
            {
                return false;
            }
        }

        return atomLength > 0 && IsHostName(value, at + 1);
    }

    private static bool IsHostName(string value, int start)
    {
        var labels = 0;
        var labelStart = start;
        for (var i = start; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != '.')
            {
                if (!IsAsciiLetterOrDigit(value[i]) && value[i] != '-') return false;
                continue;
            }

            var length = i - labelStart;
            if (length is 0 or > 63 || value[labelStart] == '-' || value[i - 1] == '-') return false;
            labels++;
            labelStart = i + 1;
        }

        return labels >= 2;
    }

    // A scheme (RFC 3986: a letter, then letters, digits, '+', '-' or '.'), only characters a URI may hold, and what System.Uri accepts.
    private static bool IsAbsoluteUri(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !IsAsciiLetter(value[0])) return false;
        for (var i = 1; i < colon; i++)
        {
            if (!IsAsciiLetterOrDigit(value[i]) && value[i] is not ('+' or '-' or '.')) return false;
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c >= '\u007f' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}') return false;
        }

        return global::System.Uri.TryCreate(value, global::System.UriKind.Absolute, out _);
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';

    private static string Characters(int count) => count == 1 ? "1 character" : Invariant(count) + " characters";

    private static string Items(int count) => count == 1 ? "1 item" : Invariant(count) + " items";

    private static string Invariant<T>(T value) where T : global::System.IFormattable =>
        value.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A property name or an array index in a path: strings and ints convert to it.</summary>
    internal readonly struct Segment
    {
        private readonly string? _name;
        private readonly int _index;

        private Segment(string? name, int index)
        {
            _name = name;
            _index = index;
        }

        public static implicit operator Segment(string name) => new Segment(name, -1);

        public static implicit operator Segment(int index) => new Segment(null, index);

        /// <summary>The current path itself: for a value checked where it stands, such as the one a union holds.</summary>
        public static Segment Here => new Segment(null, -1);

        /// <summary>Appends <c>.name</c>, <c>['odd name']</c> or <c>[3]</c>.</summary>
        public void AppendTo(global::System.Text.StringBuilder builder)
        {
            if (_name is null)
            {
                if (_index >= 0) builder.Append('[').Append(Invariant(_index)).Append(']');
            }
            else if (IsPlainName(_name))
            {
                if (builder.Length > 0) builder.Append('.');
                builder.Append(_name);
            }
            else
            {
                builder.Append("['").Append(_name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0])) return false;
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_') return false;
            }

            return true;
        }
    }
}
""";
}
