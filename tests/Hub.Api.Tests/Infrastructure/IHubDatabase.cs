using Hub.Data;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>What a test reaches of a Hub besides its HTTP answers, whether one instance in the test
/// process or several processes on one database: that database, the "now" the instances judge
/// consents by, and the tenant they take as the operator's.</summary>
public interface IHubDatabase
{
    /// <summary>The instances' "now", in UTC.</summary>
    DateTime Now { get; }

    /// <summary>The operator's tenant, as the instances are configured; null when they have none.</summary>
    Guid? OperatorTenant { get; }

    Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> action);
}
