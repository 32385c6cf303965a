using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Services needed and received and the case status. Older cases are further along;
/// people identified abroad need return, returnees reintegration, children education.</summary>
internal static class CaseAssistance
{
    private static readonly Weighted<int> ServiceCounts = Weighted.Of((1, 25d), (2, 35d), (3, 25d), (4, 15d));

    private static readonly Weighted<CaseStatus> NewStatuses = Weighted.Of((CaseStatus.Registered, 60d), (CaseStatus.ReceivingAssistance, 40d));

    private static readonly Weighted<CaseStatus> RecentStatuses = Weighted.Of(
        (CaseStatus.Registered, 5d), (CaseStatus.ReceivingAssistance, 65d), (CaseStatus.AssistanceCompleted, 22d), (CaseStatus.Closed, 8d));

    private static readonly Weighted<CaseStatus> OldStatuses = Weighted.Of(
        (CaseStatus.ReceivingAssistance, 12d), (CaseStatus.AssistanceCompleted, 53d), (CaseStatus.Closed, 35d));

    public static List<Service> Apply(SeedRandom random, Case @case, DateTime anchor, CaseBatch batch)
    {
        var abroad = @case.CitizenshipCode is { } citizenship && citizenship != @case.CountryOfIdentificationCode;
        var returned = !abroad && @case.CountryOfExploitationCode is { } exploitation && exploitation != @case.CitizenshipCode;
        var minor = CaseDemographics.IsMinor(@case.AgeBracket);
        var weights = Weighted.Of(
            (Service.Shelter, 20d), (Service.Medical, 15d), (Service.Psychosocial, 20d), (Service.Legal, 12d),
            (Service.Return, abroad ? 25 : 1), (Service.Reintegration, returned ? 20 : 8), (Service.Livelihood, minor ? 2 : 8),
            (Service.Education, minor ? 20 : 3));
        var needed = weights.PickDistinct(random, ServiceCounts.Pick(random));

        var age = anchor - @case.RegisteredOn;
        @case.Status = (age.TotalDays < 30 ? NewStatuses : age.TotalDays < 365 ? RecentStatuses : OldStatuses).Pick(random);
        var received = @case.Status switch
        {
            CaseStatus.Registered => 0,
            CaseStatus.ReceivingAssistance => 0.5,
            CaseStatus.AssistanceCompleted => 0.9,
            _ => 0.6,
        };
        batch.Services.AddRange(needed.Select(s => new CaseService { CaseId = @case.Id, Service = s, Received = random.Chance(received) }));
        return needed;
    }
}
