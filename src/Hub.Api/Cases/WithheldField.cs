using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed record WithheldField(string Field, DataCategory Category, WithholdReason Reason);
