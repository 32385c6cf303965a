using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class AgeBracketGraphType() : DescribedEnumGraphType<AgeBracket>("AgeBracket", "The person's age at identification, in the CTDC age brackets (whole years, both ends included).", new Dictionary<AgeBracket, (string Name, string Description)>
{
    [AgeBracket.Age0To8] = ("AGE_0_8", "Aged 0 to 8 at identification: a minor."),
    [AgeBracket.Age9To17] = ("AGE_9_17", "Aged 9 to 17 at identification: a minor."),
    [AgeBracket.Age18To20] = ("AGE_18_20", "Aged 18 to 20 at identification."),
    [AgeBracket.Age21To23] = ("AGE_21_23", "Aged 21 to 23 at identification."),
    [AgeBracket.Age24To26] = ("AGE_24_26", "Aged 24 to 26 at identification."),
    [AgeBracket.Age27To29] = ("AGE_27_29", "Aged 27 to 29 at identification."),
    [AgeBracket.Age30To38] = ("AGE_30_38", "Aged 30 to 38 at identification."),
    [AgeBracket.Age39To47] = ("AGE_39_47", "Aged 39 to 47 at identification."),
    [AgeBracket.Age48Plus] = ("AGE_48_PLUS", "Aged 48 or older at identification."),
});
