namespace CodeGen.Model;

internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    /// <summary>RFC 3339 <c>date-time</c>.</summary>
    DateTimeOffset,
    /// <summary>RFC 3339 <c>full-date</c>.</summary>
    DateOnly,
    /// <summary>A date and time in the custom format <see cref="TypeModel.DateFormat"/>, always UTC.</summary>
    CustomDateTime,
    /// <summary>A date in the custom format <see cref="TypeModel.DateFormat"/>.</summary>
    CustomDate,
    /// <summary>A generated class, <see cref="TypeModel.Name"/>.</summary>
    Object,
    /// <summary>A generated enum, <see cref="TypeModel.Name"/>.</summary>
    Enum,
    /// <summary>A JSON array of <see cref="TypeModel.Element"/>.</summary>
    Array,
    /// <summary>A JSON object with arbitrary keys and values of <see cref="TypeModel.Element"/>.</summary>
    Map,
    /// <summary>Any JSON value, kept as it came.</summary>
    Any,
    /// <summary>A generated union class holding one of several alternatives, <see cref="TypeModel.Name"/>.</summary>
    Union,
}

/// <summary>The C# type of a value in the spec, with the schema's validation keywords for that value.</summary>
/// <param name="Constraints">What a valid value must satisfy beyond its type; null when the schema says nothing.</param>
internal sealed record TypeModel(TypeKind Kind, string? Name = null, TypeModel? Element = null, string? DateFormat = null, ValueConstraints? Constraints = null)
{
    public static readonly TypeModel String = new(TypeKind.String);
    public static readonly TypeModel Any = new(TypeKind.Any);

    /// <summary>True for the types a URL or a header can carry: scalars, enums, and arrays of them.</summary>
    public bool IsTextual => Kind switch
    {
        TypeKind.Object or TypeKind.Map or TypeKind.Any or TypeKind.Union => false,
        TypeKind.Array => Element!.Kind is not (TypeKind.Object or TypeKind.Map or TypeKind.Any or TypeKind.Array or TypeKind.Union),
        _ => true,
    };

    /// <summary>How many arrays and maps nest here: 0 for a scalar or a class, 2 for a list of lists.</summary>
    public int CollectionNesting
    {
        get
        {
            var nesting = 0;
            for (var type = this; type.Kind is TypeKind.Array or TypeKind.Map; type = type.Element!) nesting++;
            return nesting;
        }
    }

    /// <summary>True for C# value types, which need <c>?</c> and <c>Nullable&lt;T&gt;</c> to hold null.</summary>
    public bool IsValueType => Kind is not (TypeKind.String or TypeKind.Object or TypeKind.Array or TypeKind.Map or TypeKind.Union);
}
