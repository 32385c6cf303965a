namespace Hub.Data.Seeding;

/// <summary>The 85 countries where the demo projects run: ISO 3166-1 alpha-3 codes, English short
/// names and UN M49 sub-regions.</summary>
internal static class CountryCatalogue
{
    public static IReadOnlyList<CountrySeed> All { get; } =
    [
        // Western Africa
        new("NGA", "Nigeria", "Western Africa", "Abuja", "Lagos", "234", NameCulture.WestAfrican),
        new("GHA", "Ghana", "Western Africa", "Accra", "Kumasi", "233", NameCulture.WestAfrican),
        new("SEN", "Senegal", "Western Africa", "Dakar", "Thiès", "221", NameCulture.WestAfrican),
        new("MLI", "Mali", "Western Africa", "Bamako", "Sikasso", "223", NameCulture.WestAfrican),
        new("NER", "Niger", "Western Africa", "Niamey", "Agadez", "227", NameCulture.WestAfrican),
        new("BFA", "Burkina Faso", "Western Africa", "Ouagadougou", "Bobo-Dioulasso", "226", NameCulture.WestAfrican),
        new("CIV", "Côte d'Ivoire", "Western Africa", "Yamoussoukro", "Abidjan", "225", NameCulture.WestAfrican),
        new("GIN", "Guinea", "Western Africa", "Conakry", "Kankan", "224", NameCulture.WestAfrican),
        new("SLE", "Sierra Leone", "Western Africa", "Freetown", "Bo", "232", NameCulture.WestAfrican),
        new("LBR", "Liberia", "Western Africa", "Monrovia", "Gbarnga", "231", NameCulture.WestAfrican),
        new("BEN", "Benin", "Western Africa", "Porto-Novo", "Cotonou", "229", NameCulture.WestAfrican),

        // Eastern, Middle and Southern Africa
        new("KEN", "Kenya", "Eastern Africa", "Nairobi", "Mombasa", "254", NameCulture.EastAfrican),
        new("UGA", "Uganda", "Eastern Africa", "Kampala", "Gulu", "256", NameCulture.EastAfrican),
        new("TZA", "Tanzania", "Eastern Africa", "Dodoma", "Dar es Salaam", "255", NameCulture.EastAfrican),
        new("ETH", "Ethiopia", "Eastern Africa", "Addis Ababa", "Dire Dawa", "251", NameCulture.EastAfrican),
        new("SOM", "Somalia", "Eastern Africa", "Mogadishu", "Hargeisa", "252", NameCulture.EastAfrican),
        new("DJI", "Djibouti", "Eastern Africa", "Djibouti", "Ali Sabieh", "253", NameCulture.EastAfrican),
        new("MOZ", "Mozambique", "Eastern Africa", "Maputo", "Beira", "258", NameCulture.CentralSouthernAfrican),
        new("MWI", "Malawi", "Eastern Africa", "Lilongwe", "Blantyre", "265", NameCulture.CentralSouthernAfrican),
        new("ZWE", "Zimbabwe", "Eastern Africa", "Harare", "Bulawayo", "263", NameCulture.CentralSouthernAfrican),
        new("COD", "Democratic Republic of the Congo", "Middle Africa", "Kinshasa", "Lubumbashi", "243", NameCulture.CentralSouthernAfrican),
        new("CMR", "Cameroon", "Middle Africa", "Yaoundé", "Douala", "237", NameCulture.CentralSouthernAfrican),
        new("ZAF", "South Africa", "Southern Africa", "Pretoria", "Johannesburg", "27", NameCulture.CentralSouthernAfrican),

        // Northern Africa
        new("EGY", "Egypt", "Northern Africa", "Cairo", "Alexandria", "20", NameCulture.Arabic),
        new("LBY", "Libya", "Northern Africa", "Tripoli", "Benghazi", "218", NameCulture.Arabic),
        new("TUN", "Tunisia", "Northern Africa", "Tunis", "Sfax", "216", NameCulture.Arabic),
        new("MAR", "Morocco", "Northern Africa", "Rabat", "Casablanca", "212", NameCulture.Arabic),
        new("SDN", "Sudan", "Northern Africa", "Khartoum", "Port Sudan", "249", NameCulture.Arabic),

        // Western Asia
        new("JOR", "Jordan", "Western Asia", "Amman", "Irbid", "962", NameCulture.Arabic),
        new("LBN", "Lebanon", "Western Asia", "Beirut", "Tripoli", "961", NameCulture.Arabic),
        new("IRQ", "Iraq", "Western Asia", "Baghdad", "Erbil", "964", NameCulture.Arabic),
        new("TUR", "Türkiye", "Western Asia", "Ankara", "Istanbul", "90", NameCulture.Turkish),
        new("SAU", "Saudi Arabia", "Western Asia", "Riyadh", "Jeddah", "966", NameCulture.Arabic),
        new("ARE", "United Arab Emirates", "Western Asia", "Abu Dhabi", "Dubai", "971", NameCulture.Arabic),
        new("QAT", "Qatar", "Western Asia", "Doha", "Al Rayyan", "974", NameCulture.Arabic),
        new("KWT", "Kuwait", "Western Asia", "Kuwait City", "Hawalli", "965", NameCulture.Arabic),
        new("GEO", "Georgia", "Western Asia", "Tbilisi", "Batumi", "995", NameCulture.CentralAsianCaucasian),

        // Southern Asia
        new("IND", "India", "Southern Asia", "New Delhi", "Mumbai", "91", NameCulture.SouthAsian),
        new("BGD", "Bangladesh", "Southern Asia", "Dhaka", "Chattogram", "880", NameCulture.SouthAsian),
        new("NPL", "Nepal", "Southern Asia", "Kathmandu", "Pokhara", "977", NameCulture.SouthAsian),
        new("PAK", "Pakistan", "Southern Asia", "Islamabad", "Karachi", "92", NameCulture.SouthAsian),
        new("LKA", "Sri Lanka", "Southern Asia", "Colombo", "Kandy", "94", NameCulture.SouthAsian),
        new("AFG", "Afghanistan", "Southern Asia", "Kabul", "Herat", "93", NameCulture.SouthAsian),

        // South-Eastern and Eastern Asia
        new("THA", "Thailand", "South-Eastern Asia", "Bangkok", "Chiang Mai", "66", NameCulture.SouthEastAsian),
        new("VNM", "Viet Nam", "South-Eastern Asia", "Hanoi", "Ho Chi Minh City", "84", NameCulture.SouthEastAsian),
        new("KHM", "Cambodia", "South-Eastern Asia", "Phnom Penh", "Siem Reap", "855", NameCulture.SouthEastAsian),
        new("LAO", "Lao People's Democratic Republic", "South-Eastern Asia", "Vientiane", "Savannakhet", "856", NameCulture.SouthEastAsian),
        new("MMR", "Myanmar", "South-Eastern Asia", "Naypyidaw", "Yangon", "95", NameCulture.SouthEastAsian),
        new("PHL", "Philippines", "South-Eastern Asia", "Manila", "Cebu City", "63", NameCulture.SouthEastAsian),
        new("IDN", "Indonesia", "South-Eastern Asia", "Jakarta", "Surabaya", "62", NameCulture.SouthEastAsian),
        new("MYS", "Malaysia", "South-Eastern Asia", "Kuala Lumpur", "Johor Bahru", "60", NameCulture.SouthEastAsian),
        new("CHN", "China", "Eastern Asia", "Beijing", "Guangzhou", "86", NameCulture.EastAsian),

        // Central Asia
        new("KAZ", "Kazakhstan", "Central Asia", "Astana", "Almaty", "7", NameCulture.CentralAsianCaucasian),
        new("KGZ", "Kyrgyzstan", "Central Asia", "Bishkek", "Osh", "996", NameCulture.CentralAsianCaucasian),
        new("TJK", "Tajikistan", "Central Asia", "Dushanbe", "Khujand", "992", NameCulture.CentralAsianCaucasian),
        new("UZB", "Uzbekistan", "Central Asia", "Tashkent", "Samarkand", "998", NameCulture.CentralAsianCaucasian),

        // Europe
        new("UKR", "Ukraine", "Eastern Europe", "Kyiv", "Odesa", "380", NameCulture.EasternEuropean),
        new("MDA", "Republic of Moldova", "Eastern Europe", "Chisinau", "Balti", "373", NameCulture.EasternEuropean),
        new("ROU", "Romania", "Eastern Europe", "Bucharest", "Iasi", "40", NameCulture.EasternEuropean),
        new("BGR", "Bulgaria", "Eastern Europe", "Sofia", "Plovdiv", "359", NameCulture.EasternEuropean),
        new("ALB", "Albania", "Southern Europe", "Tirana", "Durrës", "355", NameCulture.EasternEuropean),
        new("SRB", "Serbia", "Southern Europe", "Belgrade", "Novi Sad", "381", NameCulture.EasternEuropean),
        new("BIH", "Bosnia and Herzegovina", "Southern Europe", "Sarajevo", "Banja Luka", "387", NameCulture.EasternEuropean),
        new("MKD", "North Macedonia", "Southern Europe", "Skopje", "Bitola", "389", NameCulture.EasternEuropean),
        new("GRC", "Greece", "Southern Europe", "Athens", "Thessaloniki", "30", NameCulture.WesternEuropean),
        new("ITA", "Italy", "Southern Europe", "Rome", "Milan", "39", NameCulture.WesternEuropean),
        new("ESP", "Spain", "Southern Europe", "Madrid", "Barcelona", "34", NameCulture.WesternEuropean),
        new("AUT", "Austria", "Western Europe", "Vienna", "Graz", "43", NameCulture.WesternEuropean),
        new("DEU", "Germany", "Western Europe", "Berlin", "Frankfurt am Main", "49", NameCulture.WesternEuropean),
        new("GBR", "United Kingdom", "Northern Europe", "London", "Manchester", "44", NameCulture.WesternEuropean),

        // The Americas
        new("MEX", "Mexico", "Central America", "Mexico City", "Tijuana", "52", NameCulture.LatinAmerican),
        new("GTM", "Guatemala", "Central America", "Guatemala City", "Quetzaltenango", "502", NameCulture.LatinAmerican),
        new("HND", "Honduras", "Central America", "Tegucigalpa", "San Pedro Sula", "504", NameCulture.LatinAmerican),
        new("SLV", "El Salvador", "Central America", "San Salvador", "Santa Ana", "503", NameCulture.LatinAmerican),
        new("CRI", "Costa Rica", "Central America", "San José", "Limón", "506", NameCulture.LatinAmerican),
        new("PAN", "Panama", "Central America", "Panama City", "Colón", "507", NameCulture.LatinAmerican),
        new("DOM", "Dominican Republic", "Caribbean", "Santo Domingo", "Santiago de los Caballeros", "1", NameCulture.LatinAmerican),
        new("HTI", "Haiti", "Caribbean", "Port-au-Prince", "Cap-Haïtien", "509", NameCulture.Haitian),
        new("COL", "Colombia", "South America", "Bogotá", "Medellín", "57", NameCulture.LatinAmerican),
        new("VEN", "Venezuela", "South America", "Caracas", "Maracaibo", "58", NameCulture.LatinAmerican),
        new("ECU", "Ecuador", "South America", "Quito", "Guayaquil", "593", NameCulture.LatinAmerican),
        new("PER", "Peru", "South America", "Lima", "Arequipa", "51", NameCulture.LatinAmerican),
        new("BOL", "Bolivia", "South America", "La Paz", "Santa Cruz de la Sierra", "591", NameCulture.LatinAmerican),
        new("BRA", "Brazil", "South America", "Brasília", "São Paulo", "55", NameCulture.LatinAmerican),
        new("ARG", "Argentina", "South America", "Buenos Aires", "Córdoba", "54", NameCulture.LatinAmerican),
    ];

    private static readonly Dictionary<string, CountrySeed> ByCode = All.ToDictionary(c => c.Code);

    private static readonly Dictionary<string, string[]> ByRegion = All
        .GroupBy(c => c.Region)
        .ToDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray());

    public static CountrySeed Get(string code) => ByCode[code];

    /// <summary>The codes of the countries in a country's region, in catalogue order.</summary>
    public static IReadOnlyList<string> RegionOf(string code) => ByRegion[ByCode[code].Region];
}
