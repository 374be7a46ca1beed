using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CodeGen.Model;

/// <summary>
/// Lookups by name over one <see cref="ApiModel"/>, built the first time an emitter asks and kept while the model
/// lives: emitters ask per type and per property, and a spec can have thousands of each. Held beside the model,
/// not in it, since the model is compared by value.
/// </summary>
internal sealed class ApiIndex
{
    private static readonly ConditionalWeakTable<ApiModel, ApiIndex> Indexes = new();

    private readonly HashSet<string> _requestModels;

    private ApiIndex(ApiModel api)
    {
        _requestModels = new HashSet<string>(api.RequestModels, StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumModel>(api.Enums.Count, StringComparer.Ordinal);
        foreach (var model in api.Enums) enums.Add(model.Name, model);
        Enums = enums;
        var objects = new Dictionary<string, ObjectModel>(api.Objects.Count, StringComparer.Ordinal);
        foreach (var model in api.Objects) objects.Add(model.Name, model);
        Objects = objects;
    }

    public static ApiIndex Of(ApiModel api) => Indexes.GetValue(api, static model => new ApiIndex(model));

    /// <summary>The enums by type name.</summary>
    public IReadOnlyDictionary<string, EnumModel> Enums { get; }

    /// <summary>The object models by type name.</summary>
    public IReadOnlyDictionary<string, ObjectModel> Objects { get; }

    public bool IsRequestModel(string name) => _requestModels.Contains(name);
}
