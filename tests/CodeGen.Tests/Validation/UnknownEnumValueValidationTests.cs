using System.Linq;
using CodeGen.Tests.Serialization;
using Xunit;
using EV = CodeGen.Tests.Evolving;

namespace CodeGen.Tests.Validation;

/// <summary>
/// Request validation accepts an enum value the spec does not list only when it was read from the API, so a
/// read-modify-write sends it back; a number merely cast to the enum is still reported.
/// </summary>
public sealed class UnknownEnumValueValidationTests
{
    [Fact]
    public void Values_read_from_the_server_pass_validation()
    {
        var task = RoundTripTests.Read<EV.TaskModel>(
            """{"title":"t","priority":"critical-ish","stage":"9","weight":50,"labels":["critical-ish"]}""", EV.Serialization.EvolvingJsonResolver.Options);

        Assert.True(task.Validate().IsValid, task.Validate().ToString());
    }

    [Fact]
    public void Numbers_cast_to_an_enum_fail_validation()
    {
        var task = new EV.TaskModel { Title = "t", Priority = (EV.Priority)77, Stage = (EV.Stage)77, Weight = (EV.Weight)77, Labels = new() { (EV.Priority)78 } };

        var problems = task.Validate().Errors.Select(e => e.Path + "|" + e.Rule).ToArray();

        Assert.Equal(new[] { "priority|enum", "stage|enum", "weight|enum", "labels[0]|enum" }, problems);
    }
}
