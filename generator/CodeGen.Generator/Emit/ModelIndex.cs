using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// A spec's object models and enums by name, built once per <see cref="ApiModel"/> and shared by the emitters that
/// look them up: built per union instead, the cost grew with the number of unions times the number of types.
/// </summary>
internal sealed class ModelIndex
{
    private static readonly ConditionalWeakTable<ApiModel, ModelIndex> Cache = new();

    private ModelIndex(ApiModel api)
    {
        Objects = api.Objects.ToDictionary(model => model.Name, StringComparer.Ordinal);
        Enums = api.Enums.ToDictionary(model => model.Name, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, ObjectModel> Objects { get; }

    public IReadOnlyDictionary<string, EnumModel> Enums { get; }

    public static ModelIndex Of(ApiModel api) => Cache.GetValue(api, static model => new ModelIndex(model));
}
