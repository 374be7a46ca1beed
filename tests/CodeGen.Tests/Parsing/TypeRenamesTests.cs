using System.Collections.Generic;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>Renaming shared types rewrites what refers to them, and leaves every other model as it was, not a copy.</summary>
public sealed class TypeRenamesTests
{
    private static readonly TypeRenames Renames = new(new Dictionary<string, string> { ["IssuesListState"] = "State" });

    [Fact]
    public void A_model_that_refers_to_a_renamed_type_is_rewritten_down_to_list_items()
    {
        var model = Object("Filter", Property("State", new TypeModel(TypeKind.Enum, "IssuesListState")),
            Property("States", new TypeModel(TypeKind.Array, Element: new TypeModel(TypeKind.Enum, "IssuesListState"))));

        var renamed = Renames.Apply(model);

        Assert.Equal("State", renamed.Properties[0].Type.Name);
        Assert.Equal("State", renamed.Properties[1].Type.Element!.Name);
        Assert.Equal("IssuesListState", model.Properties[0].Type.Name);
    }

    [Fact]
    public void Models_that_refer_to_no_renamed_type_stay_the_same_instances()
    {
        var untouched = Property("Title", TypeModel.String);
        var model = Object("Issue", untouched, Property("Labels", new TypeModel(TypeKind.Array, Element: new TypeModel(TypeKind.Object, "Label"))));
        var partly = Object("Filter", untouched, Property("State", new TypeModel(TypeKind.Enum, "IssuesListState")));
        var enumModel = new EnumModel("Direction", "#/components/schemas/direction", Documentation.None, IsNumberOnWire: false, CodesAreIntegers: false, EquatableArray<EnumMemberModel>.Empty);

        Assert.Same(model, Renames.Apply(model));
        Assert.Same(enumModel, Renames.Apply(enumModel));
        Assert.Same(untouched, Renames.Apply(partly).Properties[0]);
    }

    private static ObjectModel Object(string name, params PropertyModel[] properties) =>
        new(name, "#/components/schemas/" + name, Documentation.None, properties.ToEquatableArray());

    private static PropertyModel Property(string name, TypeModel type) =>
        new(name, name.ToLowerInvariant(), type, IsRequired: true, IsNullable: false, Documentation.None);
}
