using System.Globalization;
using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Synthetic identity fields: names from the pool of the person's citizenship, a date of
/// birth consistent with the age bracket, a phone number of the country the person stays in. As in
/// real case files, some are unknown.</summary>
internal static class CaseIdentity
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static void Apply(SeedRandom random, Case @case, string ownerCountry)
    {
        var home = CountryCatalogue.Get(@case.CitizenshipCode ?? @case.CountryOfIdentificationCode ?? ownerCountry);
        var names = PersonNames.For(home.Names);
        var female = @case.Sex switch
        {
            Sex.Female => true,
            Sex.Male => false,
            _ => random.Chance(0.5),
        };
        @case.GivenName = random.Chance(0.95) ? random.Pick(female ? names.Female : names.Male) : null;
        @case.FamilyName = random.Chance(0.9) ? random.Pick(names.Family) : null;
        @case.DateOfBirth = @case.AgeBracket is { } bracket && random.Chance(0.65) ? BirthDate(random, bracket, @case.RegisteredOn) : null;

        // A person in care is usually where they were identified; some are back home already.
        var stay = CountryCatalogue.Get(random.Chance(0.75) ? @case.CountryOfIdentificationCode ?? home.Code : home.Code);
        @case.CurrentLocation = random.Chance(0.8) ? $"{(random.Chance(0.6) ? stay.City : stay.Capital)}, {stay.Name}" : null;
        var young = @case.AgeBracket == AgeBracket.Age0To8;
        @case.Phone = random.Chance(young ? 0.1 : 0.55) ? Phone(random, stay.DialCode) : null;
        @case.DocumentNumber = random.Chance(0.45) ? DocumentNumber(random) : null;
    }

    private static DateOnly BirthDate(SeedRandom random, AgeBracket bracket, DateTime registeredOn)
    {
        var (youngest, oldest) = CaseDemographics.Years(bracket);
        var age = random.Next(youngest, oldest + 1);
        return DateOnly.FromDateTime(registeredOn).AddYears(-age).AddDays(-random.Next(0, 365));
    }

    private static string Phone(SeedRandom random, string dialCode)
    {
        // North American numbering has ten digits; the others here use nine.
        var digits = dialCode == "1"
            ? $"{random.Next(200, 1000)} {random.Next(200, 1000)} {random.Next(0, 10_000):D4}"
            : $"{random.Next(100, 1000)} {random.Next(0, 1000):D3} {random.Next(0, 1000):D3}";
        return string.Create(CultureInfo.InvariantCulture, $"+{dialCode} {digits}");
    }

    private static string DocumentNumber(SeedRandom random) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Letters[random.Next(Letters.Length)]}{Letters[random.Next(Letters.Length)]}{random.Next(0, 10_000_000):D7}");
}
