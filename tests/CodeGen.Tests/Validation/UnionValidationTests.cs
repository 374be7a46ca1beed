using System.Collections.Generic;
using System.Linq;
using Xunit;
using U = CodeGen.Tests.Unions;

namespace CodeGen.Tests.Validation;

/// <summary>
/// A union in a request (Serialization/Specs/unions.yaml) is checked against the constraints of the alternative it
/// holds, and a oneOf value that fits more than one alternative is a problem at its JSON path.
/// </summary>
public sealed class UnionValidationTests
{
    [Fact]
    public void The_held_alternative_is_checked_against_its_own_constraints()
    {
        var drawing = new U.Drawing { Shapes = new List<U.Shape> { new U.Circle { Radius = -1 }, -2, "x", new U.Square { Side = 1 }, 4, "ok" } };

        Assert.Equal(
            new[] { "shapes[0].radius|minimum", "shapes[1]|minimum", "shapes[2]|minLength" },
            drawing.Validate().Errors.Select(e => $"{e.Path}|{e.Rule}"));
    }

    [Fact]
    public void A_oneOf_value_that_fits_two_alternatives_is_reported_at_its_path()
    {
        var drawing = new U.Drawing { Shapes = new List<U.Shape> { new U.Square { Side = 1 }, new U.Square { Side = 1, Radius = 2 } } };

        var error = Assert.Single(drawing.Validate().Errors);

        Assert.Equal(("shapes[1]", "oneOf"), (error.Path, error.Rule));
        Assert.Contains("Square and Circle", error.Message);
    }

    [Fact]
    public void A_discriminated_union_checks_the_alternative_it_holds()
    {
        U.Pet pet = new U.Cat { PetType = "Cat", Name = "Tiberius" };

        var error = Assert.Single(pet.Validate().Errors);

        Assert.Equal(("name", "maxLength"), (error.Path, error.Rule));
        Assert.True(((U.Pet)new U.Dog { PetType = "Dog", Name = "Tiberius" }).Validate().IsValid);
    }

    [Fact]
    public void A_union_inside_an_array_body_is_checked_item_by_item()
    {
        var ok = new U.PaymentSucceeded { Type = "payment.succeeded", Amount = 5 };
        var bad = new U.PaymentSucceeded { Type = "payment.succeeded", Amount = 0 };
        U.Charge charge = new() { Id = "ch_1", Customer = "cus_12345678901" };

        Assert.True(((U.Event)ok).Validate().IsValid);
        Assert.Equal(("amount", "minimum"), ((U.Event)bad).Validate().Errors.Select(e => (e.Path, e.Rule)).Single());
        Assert.Equal(("customer", "maxLength"), charge.Validate().Errors.Select(e => (e.Path, e.Rule)).Single());
    }
}
