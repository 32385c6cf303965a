using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class LabourSectorGraphType() : DescribedEnumGraphType<LabourSector>("LabourSector", "The economic sector in which the person was exploited for labour (CTDC type of labour).", new Dictionary<LabourSector, string>
{
    [LabourSector.Agriculture] = "Crop farming, plantations and livestock.",
    [LabourSector.Aquafarming] = "Fishing and aquaculture, including work on fishing vessels.",
    [LabourSector.Begging] = "Begging in public places.",
    [LabourSector.Construction] = "Building and construction sites.",
    [LabourSector.DomesticWork] = "Domestic work in private households, e.g. cleaning, cooking or care.",
    [LabourSector.Hospitality] = "Hotels, restaurants, bars and entertainment venues.",
    [LabourSector.Manufacturing] = "Factories and workshops, e.g. garments, textiles or food processing.",
    [LabourSector.MiningOrDrilling] = "Mines, quarries and oil or gas drilling.",
    [LabourSector.Peddling] = "Street vending and selling goods door to door.",
    [LabourSector.Transportation] = "Transport and logistics, e.g. driving, loading or delivery.",
    [LabourSector.IllicitActivities] = "Illegal activities, e.g. drug production or trafficking, smuggling or theft.",
    [LabourSector.Other] = "Another sector not listed here.",
});
