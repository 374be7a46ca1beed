using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>A server URL of the spec, possibly with <c>{variables}</c>.</summary>
internal sealed record ServerModel(string Url, string? Description, EquatableArray<ServerVariableModel> Variables);

/// <summary>A variable of a server URL; <see cref="PropertyName"/> is its setting on the client options.</summary>
internal sealed record ServerVariableModel(string Name, string PropertyName, string Default, string? Description, EquatableArray<string> AllowedValues);
